package be.cpas.piis.platform.inbox;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.PiisEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a consumer idempotent (X7): it records the event id in the consumer's own transaction, so
 * that the effect and the record of having applied it commit together, and a redelivery finds it.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /**
     * The event's payload when this is the first time {@code consumer} receives it; empty for a
     * redelivery or for a type outside the catalogue, which this platform's consumers ignore.
     */
    /**
     * Longer than the topics keep records: no redelivery can come after its inbox entry is gone.
     * Counted in the database's real time, never in a local run's moved clock.
     */
    @ConfigProperty(name = "piis.inbox.retention", defaultValue = "P30D")
    Duration retention;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PiisEvent> receive(String consumer, IncomingEvent event) {
        Optional<EventType> type = EventType.ofType(event.type());
        if (type.isEmpty() || !firstDelivery(consumer, event)) {
            return Optional.empty();
        }
        return Optional.of(decode(event, type.get()));
    }

    private boolean firstDelivery(String consumer, IncomingEvent event) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO inbox_message (consumer, event_id, type, processed_at) VALUES (:consumer, :eventId, :type, now())"
                                + " ON CONFLICT DO NOTHING")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        return inserted == 1;
    }

    @Scheduled(identity = "inbox-purge", every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeOldEntries() {
        entityManager.createNativeQuery("DELETE FROM inbox_message WHERE processed_at < now() - CAST(:retention AS interval)")
                .setParameter("retention", retention.toString())
                .executeUpdate();
    }

    /** Fields a producer added later are ignored: event types only gain optional fields (X8). */
    private PiisEvent decode(IncomingEvent event, EventType type) {
        try {
            return json.readerFor(type.payload()).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.id() + " has no valid " + type.payload().getSimpleName() + " data", e);
        }
    }
}
