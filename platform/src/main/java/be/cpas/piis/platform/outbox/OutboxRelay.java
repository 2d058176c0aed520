package be.cpas.piis.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import be.cpas.piis.events.EventType;
import be.cpas.piis.platform.time.PiisClock;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka as CloudEvents, oldest first. A message is marked published only
 * once the broker acknowledged it; if the broker is away the batch stays in the outbox and the
 * next run sends it again, and consumers drop the duplicates by event id (at least once, X7).
 * Replicas take turns through a transaction-scoped advisory lock, so that one contract's events
 * reach Kafka in the order they were recorded; {@code FOR UPDATE SKIP LOCKED} keeps a relay from
 * ever waiting on rows that another transaction holds.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "piis-outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager entityManager;

    @Inject
    PiisClock clock;

    @Inject
    OutboxTraceContext traceContext;

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<String> emitter;

    @ConfigProperty(name = "piis.outbox.source")
    String source;

    @ConfigProperty(name = "piis.outbox.batch-size", defaultValue = "100")
    int batchSize;

    @ConfigProperty(name = "piis.outbox.ack-timeout", defaultValue = "PT15S")
    Duration ackTimeout;

    /** Waits for the application to have started: before that, the broker channel may not be connected yet. */
    @Scheduled(identity = "outbox-relay", every = "${piis.outbox.relay-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        try {
            while (publishBatch() == batchSize) {
                LOG.debugf("Outbox batch of %d published, more is waiting", batchSize);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox not published this time, will retry: %s", e.getMessage());
        }
    }

    /** Publishes up to one batch and returns how many messages it published. */
    @Transactional
    public int publishBatch() {
        boolean myTurn = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('piis.outbox-relay'))")
                .getSingleResult();
        if (!myTurn) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<OutboxMessage> batch = entityManager.createNativeQuery(
                        "SELECT * FROM outbox_message WHERE published_at IS NULL ORDER BY position LIMIT :limit FOR UPDATE SKIP LOCKED",
                        OutboxMessage.class)
                .setParameter("limit", batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> acknowledgements = batch.stream().map(message -> emitter.sendMessage(toKafka(message))).toList();
        Uni.join().all(acknowledgements).andFailFast().await().atMost(ackTimeout);
        Instant publishedAt = clock.now();
        batch.forEach(message -> message.publishedAt = publishedAt);
        return batch.size();
    }

    private Message<String> toKafka(OutboxMessage message) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
        headers.add(CloudEventHeaders.ID, message.eventId.toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, source.getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, message.type.getBytes(UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, message.subject.getBytes(UTF_8));
        headers.add(CloudEventHeaders.TIME, OffsetDateTime.ofInstant(message.occurredAt, ZoneOffset.UTC).toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SERVICE, EventType.SERVICE.getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(message.topic)
                .withKey(message.key)
                .withHeaders(headers)
                .build();
        // The producer span, and the consumers' after it, continue the trace the event was recorded in.
        return Message.of(message.payload, Metadata.of(metadata, TracingMetadata.withCurrent(traceContext.restore(message.traceContext))));
    }
}
