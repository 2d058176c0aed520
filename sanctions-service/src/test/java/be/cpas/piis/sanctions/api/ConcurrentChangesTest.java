package be.cpas.piis.sanctions.api;

import static be.cpas.piis.sanctions.api.SanctionsApi.asWorker;
import static be.cpas.piis.sanctions.api.SanctionsApi.reportedBreach;
import static be.cpas.piis.sanctions.api.SanctionsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.ConcurrentRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * X5: two changes of one breach case at the same moment, through the API: one wins, the other is a
 * 409 that records nothing (X4). The case carries its own version, which its facts and its appeal
 * leave to it.
 */
@QuarkusTest
class ConcurrentChangesTest extends ClockMovingTest {

    private static final int ROUNDS = 6;

    @Test
    void S4_X5_of_two_hearing_requests_recorded_at_once_one_is_a_conflict_and_one_is_audited() {
        clock.moveTo(LocalDate.of(2027, 6, 1));
        for (int round = 0; round < ROUNDS; round++) {
            String breachId = reportedBreach(signedContract(UUID.randomUUID().toString()), LocalDate.of(2027, 1, 10));
            asWorker().body("{\"expected\":\"Attend the next workshop\",\"sentOn\":\"2027-01-20\"}")
                    .post("/piis/v1/breaches/{id}/formalNotice", breachId).then().statusCode(200);

            List<Integer> statuses = ConcurrentRequests.atOnce(() -> hearingRequested(breachId, "2027-01-22"),
                    () -> hearingRequested(breachId, "2027-01-23"));

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            List<String> actions = asWorker().get("/piis/v1/breaches/{id}/audit", breachId).then().statusCode(200)
                    .extract().path("items.action");
            assertThat(actions).filteredOn("hearingRequested"::equals).hasSize(1);
        }
    }

    private static int hearingRequested(String breachId, String requestedOn) {
        return asWorker().body("{\"requestedOn\":\"" + requestedOn + "\"}").post("/piis/v1/breaches/{id}/hearingRequest", breachId)
                .statusCode();
    }
}
