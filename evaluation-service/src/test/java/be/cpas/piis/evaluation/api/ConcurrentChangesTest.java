package be.cpas.piis.evaluation.api;

import static be.cpas.piis.evaluation.api.EvaluationsApi.asWorker;
import static be.cpas.piis.evaluation.api.EvaluationsApi.evaluationIds;
import static be.cpas.piis.evaluation.api.EvaluationsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.ConcurrentRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * X5: two changes at the same moment, through the API: one wins, the other is a 409 that leaves
 * nothing in the audit trail (X4). E1 counts a plan's evaluations together, so moving one of them
 * changes the plan.
 */
@QuarkusTest
class ConcurrentChangesTest extends ClockMovingTest {

    private static final int ROUNDS = 5;

    /**
     * Eighteen months evaluated on 31 March, 31 July, 30 November 2027, 31 March and 31 May 2028; the
     * fourth moved to 15 October 2027 leaves four in the first year. Moving the first or the second
     * out of that year is fine; moving both leaves two, which E1 refuses: two requests at once must
     * not each count on the other's old date.
     */
    @Test
    void E1_X5_two_moves_at_once_that_together_leave_fewer_than_three_evaluations_a_year_are_not_both_made() {
        for (int round = 0; round < ROUNDS; round++) {
            String contractId = signedContract(EvaluationsApi.BRUSSELS, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2028, 5, 31), "fr");
            List<String> ids = evaluationIds(contractId);
            assertThat(move(ids.get(3), "2027-10-15")).isEqualTo(200);

            List<Integer> statuses = ConcurrentRequests.atOnce(() -> move(ids.get(0), "2027-12-01"), () -> move(ids.get(1), "2027-12-02"));

            assertThat(statuses).containsOnlyOnce(200).allMatch(status -> status == 200 || status == 409 || status == 422);
            List<String> dates = asWorker().queryParam("contractId", contractId).get("/piis/v1/evaluations").then().statusCode(200)
                    .extract().path("items.plannedOn");
            assertThat(dates).filteredOn(date -> date.compareTo("2027-12-01") < 0).hasSize(3);
            assertThat(movesAudited(ids.get(0)) + movesAudited(ids.get(1))).isEqualTo(1);
        }
    }

    @Test
    void E4_X5_of_two_records_of_one_evaluation_at_once_one_is_a_conflict_and_one_is_audited() {
        clock.moveTo(LocalDate.of(2027, 4, 1));
        for (int round = 0; round < ROUNDS; round++) {
            String evaluationId = evaluationIds(signedContract()).get(0);

            List<Integer> statuses = ConcurrentRequests.atOnce(() -> record(evaluationId, "inPerson"), () -> record(evaluationId, "remote"));

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            List<String> actions = asWorker().get("/piis/v1/evaluations/{id}/audit", evaluationId).then().statusCode(200)
                    .extract().path("items.action");
            assertThat(actions).filteredOn("recorded"::equals).hasSize(1);
        }
    }

    private static int move(String evaluationId, String day) {
        return asWorker().body("""
                {"plannedOn":"%s","startsAt":"14:00","place":"Antenne Nord, Rue Stephenson 80, 1000 Bruxelles"}
                """.formatted(day)).put("/piis/v1/evaluations/{id}/appointment", evaluationId).statusCode();
    }

    private static int record(String evaluationId, String attendance) {
        return asWorker().body("{\"attendance\":\"" + attendance + "\",\"notes\":\"Met as planned\"}")
                .post("/piis/v1/evaluations/{id}/record", evaluationId).statusCode();
    }

    private static int movesAudited(String evaluationId) {
        List<String> actions = asWorker().get("/piis/v1/evaluations/{id}/audit", evaluationId).then().statusCode(200)
                .extract().path("items.action");
        return (int) actions.stream().filter("moved"::equals).count();
    }
}
