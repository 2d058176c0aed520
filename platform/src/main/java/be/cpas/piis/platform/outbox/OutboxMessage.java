package be.cpas.piis.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An event the outbox records; {@link OutboxRelay} reads and marks it published with SQL of its own
 * (column {@code published_at}), outside the persistence context.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long position;

    @Column(name = "event_id", nullable = false, unique = true)
    UUID eventId;

    @Column(nullable = false)
    String topic;

    @Column(name = "message_key", nullable = false)
    String key;

    @Column(nullable = false)
    String type;

    @Column(nullable = false)
    String subject;

    @Column(nullable = false)
    String payload;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "trace_context")
    String traceContext;

    protected OutboxMessage() {
    }

    OutboxMessage(UUID eventId, String topic, String key, String type, String subject, String payload, Instant occurredAt,
            String traceContext) {
        this.eventId = eventId;
        this.topic = topic;
        this.key = key;
        this.type = type;
        this.subject = subject;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.traceContext = traceContext;
    }
}
