package be.cpas.piis.evaluation.messaging;

import be.cpas.piis.evaluation.application.PlanningEvaluations;
import be.cpas.piis.events.ContractAmended;
import be.cpas.piis.events.ContractEnded;
import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.platform.inbox.IncomingEvent;
import be.cpas.piis.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the contracts: a plan on signature (E1), moved by an amendment's new dates, ended with the
 * contract (C12). The inbox entry and the effect commit together, so a
 * redelivered event changes nothing; a failure rolls both back and the record goes to the dead-letter topic.
 */
@ApplicationScoped
public class ContractEventsConsumer {

    static final String CONSUMER = "evaluation-service.contract-events";

    @Inject
    Inbox inbox;

    @Inject
    PlanningEvaluations planning;

    @Incoming("contract-events")
    @Blocking
    @Transactional
    public void onContractEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, IncomingEvent.from(record)).ifPresent(event -> {
            if (event instanceof ContractSigned signed) {
                planning.planFor(signed);
            } else if (event instanceof ContractAmended amended) {
                planning.follow(amended);
            } else if (event instanceof ContractEnded ended) {
                planning.end(ended);
            }
        });
    }
}
