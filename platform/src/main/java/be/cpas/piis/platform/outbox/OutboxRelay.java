package be.cpas.piis.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import be.cpas.piis.events.EventType;
import be.cpas.piis.platform.time.PiisClock;
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
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
 * Publishes the outbox to Kafka as CloudEvents, oldest first, as soon as {@link OutboxNotifications}
 * announces a commit, and now and then in case an announcement was lost. A message is marked published only
 * once the broker acknowledged it; if the broker is away the batch stays in the outbox and the
 * next run sends it again, and consumers drop the duplicates by event id (at least once, X7).
 * Replicas take turns through a transaction-scoped advisory lock, so that one contract's events
 * reach Kafka in the order they were recorded; {@code FOR UPDATE SKIP LOCKED} keeps a relay from
 * ever waiting on rows that another transaction holds.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "piis-outbox";
    /** What {@link #publishBatch()} answers while another replica holds the turn. */
    public static final int NOT_MY_TURN = -1;
    private static final Duration TURN_RETRY = Duration.ofMillis(50);
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

    private final AtomicBoolean runPending = new AtomicBoolean();
    private ScheduledExecutorService publisher;

    /** One thread publishes, so that a wake-up and the periodic run never race each other for the lock. */
    @PostConstruct
    void startPublisher() {
        publisher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs the relay soon, on its own thread. Wake-ups that come while a run waits to start make one
     * run; one that comes during a run makes another, so that nothing committed meanwhile waits.
     */
    public void wake() {
        if (runPending.compareAndSet(false, true)) {
            publisher.execute(this::relay);
        }
    }

    /**
     * The safety net of {@link OutboxNotifications}: a run now and then, whatever was announced.
     * Waits for the application to have started: before that, the broker channel may not be connected yet.
     */
    @Scheduled(identity = "outbox-relay", every = "${piis.outbox.relay-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void periodically() {
        wake();
    }

    void stop(@Observes ShutdownEvent stopping) {
        publisher.shutdownNow();
    }

    private void relay() {
        runPending.set(false);
        try {
            int published;
            while ((published = publishBatch()) == batchSize) {
                LOG.debugf("Outbox batch of %d published, more is waiting", batchSize);
            }
            if (published == NOT_MY_TURN) {
                // Another replica is publishing and may have read its batch before this one's commit: look again shortly.
                publisher.schedule(this::wake, TURN_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox not published this time, will retry: %s", e.getMessage());
        }
    }

    /** Publishes up to one batch and returns how many messages it published, or {@link #NOT_MY_TURN}. */
    @Transactional
    public int publishBatch() {
        boolean myTurn = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('piis.outbox-relay'))")
                .getSingleResult();
        if (!myTurn) {
            return NOT_MY_TURN;
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
