package be.cpas.piis.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import be.cpas.piis.events.EventType;
import be.cpas.piis.platform.time.PiisClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka as CloudEvents, oldest first, as soon as a transaction that recorded
 * events commits: in this replica the commit itself wakes it ({@link Outbox}), in the others
 * {@link OutboxNotifications}; a periodic run is the safety net for a wake-up lost. A message is
 * marked published only once the broker acknowledged it; if the broker is away the batch stays in
 * the outbox and the next run sends it again, and consumers drop the duplicates by event id (at
 * least once, X7). Replicas take turns through a transaction-scoped advisory lock, so that one
 * contract's events reach Kafka in the order they were recorded; {@code FOR UPDATE SKIP LOCKED}
 * keeps a relay from ever waiting on rows that another transaction holds.
 *
 * <p>The relay works on a connection of its own, in a local transaction rather than a JTA one: the
 * broker acknowledges on its own threads while the batch's rows stay locked, and a JTA transaction
 * must not be seen by two threads at its commit.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "piis-outbox";
    private static final int NOT_MY_TURN = -1;
    private static final Duration TURN_RETRY = Duration.ofMillis(50);
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String TAKE_TURN = "SELECT pg_try_advisory_xact_lock(hashtext('piis.outbox-relay'))";
    private static final String OLDEST_UNPUBLISHED = """
            SELECT position, event_id, topic, message_key, type, subject, payload, occurred_at, trace_context
            FROM outbox_message WHERE published_at IS NULL ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED""";
    private static final String MARK_PUBLISHED = "UPDATE outbox_message SET published_at = ? WHERE position = ANY (?)";

    @Inject
    AgroalDataSource dataSource;

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

    @Inject
    Scheduled.ApplicationNotRunning applicationNotRunning;

    private final AtomicBoolean runPending = new AtomicBoolean();
    private ScheduledExecutorService publisher;

    /** One thread publishes, so that a wake-up and the periodic run never race each other for the turn. */
    @PostConstruct
    void startPublisher() {
        publisher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
    }

    void stopPublisher(@Observes ShutdownEvent stopping) {
        publisher.shutdownNow();
    }

    /**
     * Runs the relay soon, on its own thread. Wake-ups that come while a run waits to start make one
     * run; one that comes during a run makes another, so that nothing committed meanwhile waits.
     * Before the application runs, the broker channel may not be connected: the first periodic run
     * publishes what was committed until then.
     */
    public void wake() {
        if (!applicationNotRunning.test(null) && runPending.compareAndSet(false, true)) {
            publisher.execute(this::relay);
        }
    }

    @Scheduled(identity = "outbox-relay", every = "${piis.outbox.relay-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void periodically() {
        wake();
    }

    private void relay() {
        runPending.set(false);
        try {
            int published;
            while ((published = publishBatch()) == batchSize) {
                LOG.debugf("Outbox batch of %d published, more is waiting", batchSize);
            }
            if (published == NOT_MY_TURN) {
                // Another replica publishes and may have read its batch before this one's commit: look again shortly.
                publisher.schedule(this::wake, TURN_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Outbox not published this time, will retry: %s", e.getMessage());
        }
    }

    /** Publishes up to one batch: how many messages it published, or {@link #NOT_MY_TURN}. */
    private int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int published = publishBatch(connection);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int publishBatch(Connection connection) throws SQLException {
        try (PreparedStatement takeTurn = connection.prepareStatement(TAKE_TURN); ResultSet turn = takeTurn.executeQuery()) {
            if (!turn.next() || !turn.getBoolean(1)) {
                return NOT_MY_TURN;
            }
        }
        List<PendingMessage> batch = oldestUnpublished(connection);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> acknowledgements = batch.stream().map(message -> emitter.sendMessage(toKafka(message))).toList();
        Uni.join().all(acknowledgements).andFailFast().await().atMost(ackTimeout);
        try (PreparedStatement markPublished = connection.prepareStatement(MARK_PUBLISHED)) {
            markPublished.setObject(1, OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
            markPublished.setArray(2, connection.createArrayOf("bigint", batch.stream().map(PendingMessage::position).toArray()));
            markPublished.executeUpdate();
        }
        return batch.size();
    }

    private List<PendingMessage> oldestUnpublished(Connection connection) throws SQLException {
        List<PendingMessage> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(OLDEST_UNPUBLISHED)) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingMessage(rows.getLong("position"), rows.getObject("event_id", UUID.class), rows.getString("topic"),
                            rows.getString("message_key"), rows.getString("type"), rows.getString("subject"), rows.getString("payload"),
                            rows.getObject("occurred_at", OffsetDateTime.class), rows.getString("trace_context")));
                }
            }
        }
        return batch;
    }

    private Message<String> toKafka(PendingMessage message) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
        headers.add(CloudEventHeaders.ID, message.eventId().toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, source.getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, message.type().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, message.subject().getBytes(UTF_8));
        headers.add(CloudEventHeaders.TIME, message.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SERVICE, EventType.SERVICE.getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(message.topic())
                .withKey(message.key())
                .withHeaders(headers)
                .build();
        // The producer span, and the consumers' after it, continue the trace the event was recorded in.
        return Message.of(message.payload(), Metadata.of(metadata, TracingMetadata.withCurrent(traceContext.restore(message.traceContext()))));
    }

    private record PendingMessage(long position, UUID eventId, String topic, String key, String type, String subject, String payload,
            OffsetDateTime occurredAt, String traceContext) {
    }
}
