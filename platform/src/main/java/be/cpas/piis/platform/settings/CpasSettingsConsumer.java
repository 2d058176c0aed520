package be.cpas.piis.platform.settings;

import be.cpas.piis.events.CpasSettingsChanged;
import be.cpas.piis.events.EventType;
import be.cpas.piis.platform.inbox.IncomingEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's copy of the CPAS settings (X12) from the owner's topic, in a consumer group
 * of its own so that every service reads every change. Versions make it idempotent (X7): a change
 * delivered twice, or after a later one, is kept once.
 */
@ApplicationScoped
public class CpasSettingsConsumer {

    @Inject
    CpasSettingsStore store;

    @Inject
    ObjectMapper json;

    @Incoming("cpas-settings")
    @Blocking
    @Transactional
    public void onTransferEvent(ConsumerRecord<String, String> record) throws JsonProcessingException {
        IncomingEvent event = IncomingEvent.from(record);
        if (EventType.CPAS_SETTINGS_CHANGED.type().equals(event.type())) {
            store.keep(json.readValue(event.data(), CpasSettingsChanged.class));
        }
    }
}
