package be.cpas.piis.platform.outbox;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.PiisEvent;
import be.cpas.piis.platform.time.PiisClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Records an event in the caller's transaction (X7): it is published if and only if the state
 * change it describes is committed. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    PiisClock clock;

    @Inject
    OutboxTraceContext traceContext;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(PiisEvent event) {
        EventType type = EventType.of(event);
        UUID eventId = UUID.randomUUID();
        String subject = event.subjectId().toString();
        entityManager.persist(new OutboxMessage(eventId, type.topic(), subject, type.type(), subject, serialize(event), clock.now(),
                traceContext.ofCurrentSpan()));
        return eventId;
    }

    private String serialize(PiisEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialize " + event.getClass().getSimpleName(), e);
        }
    }
}
