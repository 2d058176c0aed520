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
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * P2, X7: an event is published because the transaction that recorded it committed, not because a
 * periodic run came by: with that run an hour apart, the proposal still reaches the broker.
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

    @Test
    void X7_a_committed_event_wakes_the_relay_without_waiting_for_its_periodic_run() {
        // The periodic run is due at start: let it pass before anything is recorded.
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        String contractId = draftedContract("21004", contractBody(registeredBeneficiary("21004", null), WORKERS));
        propose("21004", contractId);

        await().atMost(Duration.ofSeconds(20)).until(() -> EventLog.readAll(Topics.CONTRACTS).stream()
                .anyMatch(record -> contractId.equals(record.key())
                        && EventType.CONTRACT_PROPOSED.type().equals(EventLog.header(record, CloudEventHeaders.TYPE))));
    }
}
