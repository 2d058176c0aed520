package be.cpas.piis.evaluation.api;

import static be.cpas.piis.evaluation.api.EvaluationsApi.as;
import static be.cpas.piis.evaluation.api.EvaluationsApi.evaluationIds;
import static be.cpas.piis.evaluation.api.EvaluationsApi.signedContract;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import be.cpas.piis.testsupport.ClockMovingTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E2: of each contract-year's evaluations, 2 meet the beneficiary in person; the CPAS sees where that can no longer happen. */
@QuarkusTest
class InPersonTest extends ClockMovingTest {

    private static final String LIEGE = "62063";

    @Test
    void E2_contracts_whose_year_can_no_longer_hold_two_in_person_evaluations_are_listed() {
        String atRisk = yearlyContract();
        String onTrack = yearlyContract();
        String notStarted = signedContract(LIEGE, "general", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31), "fr");
        clock.moveTo(LocalDate.of(2027, 8, 2));

        record(atRisk, 0, "remote");
        record(atRisk, 1, "absent");
        record(onTrack, 0, "inPerson");
        record(onTrack, 1, "remote");

        as(LIEGE).get("/piis/v1/evaluations/inPersonShortfalls").then().statusCode(200)
                .body("items.contractId", contains(atRisk))
                .body("items[0].yearStartsOn", equalTo("2026-12-01"))
                .body("items[0].yearEndsOn", equalTo("2027-11-30"))
                .body("items[0].evaluationsInYear", equalTo(3))
                .body("items[0].heldInPerson", equalTo(0))
                .body("items[0].stillPlanned", equalTo(1))
                .body("items[0].inPersonRequired", equalTo(2));
        as("21004").get("/piis/v1/evaluations/inPersonShortfalls").then().statusCode(200)
                .body("items.contractId", not(hasItem(atRisk)));
        as(LIEGE).queryParam("pageSize", 1).get("/piis/v1/evaluations/inPersonShortfalls").then().statusCode(200)
                .body("items.contractId", not(hasItem(notStarted)));
    }

    @Test
    void E2_past_evaluations_never_recorded_count_as_not_held_in_person() {
        String namur = "92094";
        String neverRecorded = signedContract(namur, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "fr");
        String heldInPerson = signedContract(namur, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "fr");
        clock.moveTo(LocalDate.of(2027, 8, 2));
        as(namur).body("{\"attendance\":\"inPerson\"}").post("/piis/v1/evaluations/{id}/record", evaluationIds(namur, heldInPerson).get(0))
                .then().statusCode(200);

        as(namur).get("/piis/v1/evaluations/inPersonShortfalls").then().statusCode(200)
                .body("items.contractId", contains(neverRecorded))
                .body("items[0].evaluationsInYear", equalTo(3))
                .body("items[0].heldInPerson", equalTo(0))
                .body("items[0].stillPlanned", equalTo(1))
                .body("items[0].inPersonRequired", equalTo(2));
    }

    private static String yearlyContract() {
        return signedContract(LIEGE, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "fr");
    }

    private static void record(String contractId, int index, String attendance) {
        List<String> ids = evaluationIds(LIEGE, contractId);
        as(LIEGE).body("{\"attendance\":\"" + attendance + "\"}").post("/piis/v1/evaluations/{id}/record", ids.get(index))
                .then().statusCode(200);
    }
}
