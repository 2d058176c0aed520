package be.cpas.piis.platform.outbox;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.PiisEvent;
import be.cpas.piis.platform.time.PiisClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Records an event in the caller's transaction (X7): it is published if and only if the state
 * change it describes is committed. {@link OutboxRelay} publishes it as soon as that transaction
 * commits: the commit wakes the relay of this replica, and PostgreSQL's notification those of the others.
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

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    OutboxRelay relay;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(PiisEvent event) {
        EventType type = EventType.of(event);
        UUID eventId = UUID.randomUUID();
        String subject = event.subjectId().toString();
        entityManager.persist(new OutboxMessage(eventId, type.topic(), subject, type.type(), subject, serialize(event), clock.now(),
                traceContext.ofCurrentSpan()));
        wakeRelaysOnCommit();
        return eventId;
    }

    /** Once per transaction, however many events it records. */
    private void wakeRelaysOnCommit() {
        if (transaction.getResource(Outbox.class) != null) {
            return;
        }
        transaction.putResource(Outbox.class, Boolean.TRUE);
        announceToOtherReplicas();
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    /**
     * PostgreSQL delivers a notification only when the transaction commits, so the other replicas'
     * relays learn of the events once they can read them. Sent on the transaction's own connection,
     * outside Hibernate, so that nothing is flushed early.
     */
    private void announceToOtherReplicas() {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, OutboxNotifications.CHANNEL);
                notify.setString(2, OutboxNotifications.REPLICA);
                notify.execute();
            }
        });
    }

    private String serialize(PiisEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialize " + event.getClass().getSimpleName(), e);
        }
    }
}
