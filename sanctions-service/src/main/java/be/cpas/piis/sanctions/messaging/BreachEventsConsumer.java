package be.cpas.piis.sanctions.messaging;

import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.events.EvaluationMissed;
import be.cpas.piis.events.InterviewOverdue;
import be.cpas.piis.events.PiisEvent;
import be.cpas.piis.events.ResultsOverdue;
import be.cpas.piis.events.StepOverdue;
import be.cpas.piis.platform.inbox.IncomingEvent;
import be.cpas.piis.platform.inbox.Inbox;
import be.cpas.piis.sanctions.application.ReportingBreaches;
import be.cpas.piis.sanctions.domain.BreachFact;
import be.cpas.piis.sanctions.domain.Origin;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * S1, S5: the breaches the other services report, and the CPAS's own failures. The inbox entry and
 * the effect commit together, so a redelivered event opens no second case; a record that cannot be
 * processed goes to the dead-letter topic.
 */
@ApplicationScoped
public class BreachEventsConsumer {

    static final String CONTRACTS = "sanctions-service.contract-events";
    static final String EVALUATIONS = "sanctions-service.evaluation-events";

    @Inject
    Inbox inbox;

    @Inject
    ReportingBreaches reporting;

    @Incoming("contract-events")
    @Blocking
    @Transactional
    public void onContractEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONTRACTS, IncomingEvent.from(record)).ifPresent(this::handle);
    }

    @Incoming("evaluation-events")
    @Blocking
    @Transactional
    public void onEvaluationEvent(ConsumerRecord<String, String> record) {
        inbox.receive(EVALUATIONS, IncomingEvent.from(record)).ifPresent(this::handle);
    }

    private void handle(PiisEvent event) {
        if (event instanceof ContractSigned signed) {
            reporting.contractSigned(signed);
        } else if (event instanceof StepOverdue overdue) {
            reporting.stepOverdue(overdue);
        } else if (event instanceof InterviewOverdue overdue) {
            reporting.interviewOverdue(overdue);
        } else if (event instanceof EvaluationMissed missed) {
            reporting.report(missed.cpas(), missed.contractId(), missed.beneficiaryId(),
                    new BreachFact(Origin.EVALUATION_MISSED, missed.evaluationId(), missed.plannedOn(), null));
        } else if (event instanceof ResultsOverdue overdue) {
            reporting.report(overdue.cpas(), overdue.contractId(), overdue.beneficiaryId(),
                    new BreachFact(Origin.RESULTS_OVERDUE, overdue.studentResultId(), overdue.dueBy(), null));
        }
    }
}
