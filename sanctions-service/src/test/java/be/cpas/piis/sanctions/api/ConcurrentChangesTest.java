package be.cpas.piis.sanctions.api;

import static be.cpas.piis.sanctions.api.SanctionsApi.asCouncil;
import static be.cpas.piis.sanctions.api.SanctionsApi.asWorker;
import static be.cpas.piis.sanctions.api.SanctionsApi.reportedBreach;
import static be.cpas.piis.sanctions.api.SanctionsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.ConcurrentRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** X5: two changes of one breach case at the same moment, through the API: one wins, the other is a 409 that records nothing (X4). */
@QuarkusTest
class ConcurrentChangesTest extends ClockMovingTest {

    private static final int ROUNDS = 6;

    @Test
    void S3_X5_of_two_opinions_given_at_once_on_one_case_one_is_a_conflict_and_one_is_audited() {
        clock.moveTo(LocalDate.of(2027, 6, 1));
        for (int round = 0; round < ROUNDS; round++) {
            String breachId = reportedBreach(signedContract(UUID.randomUUID().toString()), LocalDate.of(2027, 1, 10));
            asWorker().body("{\"expected\":\"Attend the next workshop\",\"sentOn\":\"2027-01-20\"}")
                    .post("/piis/v1/breaches/{id}/formalNotice", breachId).then().statusCode(200);

            List<Integer> statuses = ConcurrentRequests.atOnce(() -> opinion(breachId, "Missed without excuse"),
                    () -> opinion(breachId, "Missed, but the bus strike may explain it"));

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            List<String> actions = asWorker().get("/piis/v1/breaches/{id}/audit", breachId).then().statusCode(200)
                    .extract().path("items.action");
            assertThat(actions).filteredOn("opinionGiven"::equals).hasSize(1);
        }
    }

    @Test
    void A3_X5_a_hearing_convocation_recorded_twice_at_once_is_kept_once() {
        clock.moveTo(LocalDate.of(2027, 4, 12));
        for (int round = 0; round < ROUNDS; round++) {
            String breachId = reportedBreach(signedContract(UUID.randomUUID().toString()), LocalDate.of(2027, 3, 31));
            asWorker().body("{\"expected\":\"Attend the next workshop\",\"sentOn\":\"2027-04-02\"}")
                    .post("/piis/v1/breaches/{id}/formalNotice", breachId).then().statusCode(200);
            assertThat(opinion(breachId, "Missed without excuse")).isEqualTo(200);
            asWorker().body("{\"requestedOn\":\"2027-04-09\"}").post("/piis/v1/breaches/{id}/hearingRequest", breachId).then().statusCode(200);
            asCouncil().body("{\"plannedOn\":\"2027-04-19\",\"startsAt\":\"18:30\",\"place\":\"Salle du Conseil, Rue Haute 298A, 1000 Bruxelles\"}")
                    .put("/piis/v1/breaches/{id}/hearingAppointment", breachId).then().statusCode(200);

            List<Integer> statuses = ConcurrentRequests.atOnce(() -> convocationSent(breachId), () -> convocationSent(breachId));

            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            asWorker().get("/piis/v1/breaches/{id}/letters", breachId).then().body("items.kind", contains("formalNotice", "hearingConvocation"));
        }
    }

    private static int convocationSent(String breachId) {
        return asWorker().body("{\"sentOn\":\"2027-04-12\"}").post("/piis/v1/breaches/{id}/letters", breachId).statusCode();
    }

    private static int opinion(String breachId, String opinion) {
        return asWorker().body("{\"opinion\":\"" + opinion + "\"}")
                .post("/piis/v1/breaches/{id}/opinion", breachId).statusCode();
    }
}
