package be.cpas.piis.contracts.messaging;

import be.cpas.piis.contracts.application.ContractLifecycle;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.persistence.ContractRepository;
import be.cpas.piis.events.ContractEnded;
import be.cpas.piis.events.FinalEvaluationCompleted;
import be.cpas.piis.events.PiisEvent;
import be.cpas.piis.events.TransferCompleted;
import be.cpas.piis.platform.inbox.Inbox;
import be.cpas.piis.platform.inbox.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * C12: a contract ends COMPLETED after its final evaluation (E6) and TRANSFERRED when the new CPAS
 * took it over (T1). Each event is applied once (inbox); ContractEnded and the audit entry, made by
 * {@code system}, commit in the same transaction.
 */
@ApplicationScoped
public class ContractEndingsConsumer {

    static final String CONSUMER = "contracts-service.contract-endings";
    private static final Logger LOG = Logger.getLogger(ContractEndingsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    ContractRepository contracts;

    @Inject
    ContractLifecycle lifecycle;

    @Incoming("evaluation-events")
    @Blocking
    @Transactional
    public void onEvaluationEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, IncomingEvent.from(record)).ifPresent(event -> {
            if (event instanceof FinalEvaluationCompleted completed) {
                end(event, "completed", contract -> contract.complete(completed.heldOn()));
            }
        });
    }

    @Incoming("transfer-events")
    @Blocking
    @Transactional
    public void onTransferEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, IncomingEvent.from(record)).ifPresent(event -> {
            if (event instanceof TransferCompleted completed) {
                end(event, "transferred", contract -> contract.transfer(completed.completedOn()));
            }
        });
    }

    /**
     * A contract that already ended another way, or that this service does not know, stays as it
     * is: the event is a fact elsewhere, not an error to retry.
     */
    private void end(PiisEvent event, String action, Function<Contract, ContractEnded> ending) {
        Optional<Contract> contract = contracts.findInCpas(event.subjectId(), event.cpas());
        if (contract.isEmpty() || contract.get().hasEnded()) {
            LOG.warnf("%s ignored: contract %s is unknown or already ended", event.getClass().getSimpleName(), event.subjectId());
            return;
        }
        lifecycle.end(event.cpas(), event.subjectId(), action, ending);
    }
}
