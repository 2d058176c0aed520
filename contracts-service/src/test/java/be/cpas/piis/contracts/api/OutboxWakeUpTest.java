package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.WORKERS;
import static be.cpas.piis.contracts.api.ContractsApi.contractBody;
import static be.cpas.piis.contracts.api.ContractsApi.draftedContract;
import static be.cpas.piis.contracts.api.ContractsApi.propose;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static org.awaitility.Awaitility.await;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.testsupport.EventLog;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * P2, X7: an event is published because the transaction that recorded it committed, not because a
 * periodic run came by: with that run an hour apart, events still reach the broker within seconds,
 * whether this replica recorded them or another one did.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.PeriodicRunAnHourApart.class)
class OutboxWakeUpTest {

    public static class PeriodicRunAnHourApart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("piis.outbox.relay-interval", "1h");
        }
    }

    private static final Duration WELL_BEFORE_THE_PERIODIC_RUN = Duration.ofSeconds(10);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void X7_a_committed_event_wakes_the_relay_without_waiting_for_its_periodic_run() {
        String contractId = draftedContract("21004", contractBody(registeredBeneficiary("21004", null), WORKERS));
        propose("21004", contractId);

        await().atMost(WELL_BEFORE_THE_PERIODIC_RUN).until(() -> published(contractId));
    }

    @Test
    void X7_an_event_committed_by_another_replica_wakes_this_relay_through_its_notification() throws SQLException {
        String contractId = UUID.randomUUID().toString();
        // What another replica's Outbox does in its own transaction: the row, then the notification its commit delivers.
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement event = otherReplica.prepareStatement(
                    "INSERT INTO outbox_message (event_id, topic, message_key, type, subject, payload, occurred_at)"
                            + " VALUES (?, ?, ?, ?, ?, '{}', now())");
                    PreparedStatement notification = otherReplica.prepareStatement("SELECT pg_notify('piis_outbox', 'another-replica')")) {
                event.setObject(1, UUID.randomUUID());
                event.setString(2, Topics.CONTRACTS);
                event.setString(3, contractId);
                event.setString(4, EventType.CONTRACT_PROPOSED.type());
                event.setString(5, contractId);
                event.executeUpdate();
                notification.execute();
            }
            otherReplica.commit();
        }

        await().atMost(WELL_BEFORE_THE_PERIODIC_RUN).until(() -> published(contractId));
    }

    private static boolean published(String contractId) {
        return EventLog.readAll(Topics.CONTRACTS).stream().anyMatch(record -> contractId.equals(record.key())
                && EventType.CONTRACT_PROPOSED.type().equals(EventLog.header(record, CloudEventHeaders.TYPE)));
    }
}
