package be.cpas.piis.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes this replica's relay when another replica commits events: {@link Outbox} signals the
 * {@value #CHANNEL} channel inside the recording transaction, which PostgreSQL delivers only once it
 * commits, and one connection of each replica listens to it. The relay's periodic run stays as a
 * safety net for a notification lost while this connection was being opened again.
 */
@ApplicationScoped
public class OutboxNotifications {

    /** The PostgreSQL channel a committed outbox write is announced on. */
    public static final String CHANNEL = "piis_outbox";
    /** Sent with each notification, so that a replica does not wake its relay a second time for its own commit. */
    static final String REPLICA = UUID.randomUUID().toString();

    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelay relay;

    private volatile boolean listening;
    private Thread listener;

    void start(@Observes StartupEvent started) {
        listening = true;
        listener = new Thread(this::listen, "outbox-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        listening = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (listening) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // What was committed while nobody listened is published now rather than at the next periodic run.
                relay.wake();
                while (listening) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && Arrays.stream(notifications).anyMatch(notification -> !REPLICA.equals(notification.getParameter()))) {
                        relay.wake();
                    }
                }
            } catch (SQLException e) {
                if (listening) {
                    LOG.warnf("Not listening to %s, the relay falls back on its periodic run for now: %s", CHANNEL, e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
