package be.cpas.piis.platform.outbox;

import be.cpas.piis.platform.time.PiisClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Published messages are kept a week for inspection, then deleted: the outbox is not an archive.
 * Apart from the relay, so that its first run at start-up does not wait for the broker channel.
 */
@ApplicationScoped
public class OutboxPurge {

    @Inject
    EntityManager entityManager;

    @Inject
    PiisClock clock;

    @ConfigProperty(name = "piis.outbox.retention", defaultValue = "P7D")
    Duration retention;

    @Scheduled(identity = "outbox-purge", every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgePublished() {
        entityManager.createNativeQuery("DELETE FROM outbox_message WHERE published_at < :oldest")
                .setParameter("oldest", OffsetDateTime.ofInstant(clock.now().minus(retention), ZoneOffset.UTC))
                .executeUpdate();
    }
}
