package be.cpas.piis.transfer.messaging;

import be.cpas.piis.events.ContractEnded;
import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.platform.inbox.IncomingEvent;
import be.cpas.piis.platform.inbox.Inbox;
import be.cpas.piis.transfer.application.StartingTransfers;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the contracts that may move: whose, a student's or not (T4), still running or not (T1).
 * The inbox entry and the effect commit together; a record that cannot be processed goes to the dead-letter topic.
 */
@ApplicationScoped
public class ContractEventsConsumer {

    static final String CONSUMER = "transfer-service.contract-events";

    @Inject
    Inbox inbox;

    @Inject
    StartingTransfers transfers;

    @Incoming("contract-events")
    @Blocking
    @Transactional
    public void onContractEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, IncomingEvent.from(record)).ifPresent(event -> {
            if (event instanceof ContractSigned signed) {
                transfers.contractSigned(signed);
            } else if (event instanceof ContractEnded ended) {
                transfers.contractEnded(ended);
            }
        });
    }
}
