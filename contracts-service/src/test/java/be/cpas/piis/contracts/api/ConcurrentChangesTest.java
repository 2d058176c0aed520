package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.WORKERS;
import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.draftedContract;
import static be.cpas.piis.contracts.api.ContractsApi.propose;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.ConcurrentRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * X5: two changes of one contract at the same moment, through the API. The contract is one
 * aggregate: whichever part a change touches (a step, an amendment's agreements), one request wins
 * and the other is a 409 conflict that leaves nothing in the audit trail (X4).
 */
@QuarkusTest
class ConcurrentChangesTest extends ClockMovingTest {

    private static final String CPAS = "21004";
    private static final int ROUNDS = 8;

    @Test
    void X5_of_two_simultaneous_completions_of_one_step_one_is_a_conflict_and_one_is_audited() {
        String contractId = activeContractWithSteps(ROUNDS);
        List<String> stepIds = asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().extract().path("goals[0].steps.id");

        for (String stepId : stepIds) {
            List<Integer> statuses = ConcurrentRequests.atOnce(() -> complete(contractId, stepId), () -> complete(contractId, stepId));

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        }
        assertThat(auditedActions(contractId)).containsExactlyElementsOf(IntStream.range(0, ROUNDS).mapToObj(round -> "stepDone").toList());
    }

    @Test
    void X5_of_a_completion_and_a_cancellation_of_one_step_at_once_one_is_a_conflict_and_one_is_audited() {
        String contractId = activeContractWithSteps(ROUNDS);
        List<String> stepIds = asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().extract().path("goals[0].steps.id");

        for (String stepId : stepIds) {
            List<Integer> statuses = ConcurrentRequests.atOnce(() -> complete(contractId, stepId), () -> cancel(contractId, stepId));

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        }
        assertThat(auditedActions(contractId)).hasSize(ROUNDS).allMatch(action -> action.equals("stepDone") || action.equals("stepCancelled"));
    }

    @Test
    void C10_X5_two_parties_agreeing_to_one_amendment_at_once_both_count_in_one_version_or_one_is_a_conflict() {
        String contractId = activeContractWithSteps(1);

        for (int round = 1; round <= ROUNDS; round++) {
            String amendmentId = asWorker(CPAS).body(amendment("2028-0" + round + "-28"))
                    .post("/piis/v1/contracts/{id}/amendments", contractId).then().statusCode(201).extract().path("id");

            List<Integer> statuses = ConcurrentRequests.atOnce(() -> agree(contractId, amendmentId, "beneficiary"),
                    () -> agree(contractId, amendmentId, "cpas"));

            assertThat(statuses).containsAnyOf(200).isSubsetOf(200, 409);
            if (statuses.get(0) == 409) {
                assertThat(agree(contractId, amendmentId, "beneficiary")).isEqualTo(200);
            }
            if (statuses.get(1) == 409) {
                assertThat(agree(contractId, amendmentId, "cpas")).isEqualTo(200);
            }
            asWorker(CPAS).get("/piis/v1/contracts/{id}/amendments/{aid}", contractId, amendmentId).then()
                    .body("agreements.size()", equalTo(2)).body("version", equalTo(round + 1));
            asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().body("version", equalTo(round + 1));
        }
        assertThat(auditedActions(contractId)).filteredOn("amended"::equals).hasSize(ROUNDS);
    }

    @Test
    void C10_X5_of_two_amendments_proposed_at_once_one_is_a_conflict() {
        String contractId = activeContractWithSteps(1);

        for (int round = 1; round <= ROUNDS; round++) {
            Queue<String> proposed = new ConcurrentLinkedQueue<>();
            List<Integer> statuses = ConcurrentRequests.atOnce(() -> proposeAmendment(contractId, "2028-01-31", proposed),
                    () -> proposeAmendment(contractId, "2028-02-28", proposed));

            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            assertThat(agree(contractId, proposed.peek(), "beneficiary")).isEqualTo(200);
            assertThat(agree(contractId, proposed.peek(), "cpas")).isEqualTo(200);
        }
        assertThat(auditedActions(contractId)).filteredOn("amendmentProposed"::equals).hasSize(ROUNDS);
    }

    private static int complete(String contractId, String stepId) {
        return asWorker(CPAS).body("{}").post("/piis/v1/contracts/{id}/steps/{stepId}/completion", contractId, stepId).statusCode();
    }

    private static int cancel(String contractId, String stepId) {
        return asWorker(CPAS).post("/piis/v1/contracts/{id}/steps/{stepId}/cancellation", contractId, stepId).statusCode();
    }

    private static int agree(String contractId, String amendmentId, String party) {
        return asWorker(CPAS).body("{\"party\":\"" + party + "\"}")
                .post("/piis/v1/contracts/{id}/amendments/{aid}/agreements", contractId, amendmentId).statusCode();
    }

    private static int proposeAmendment(String contractId, String endDate, Queue<String> proposed) {
        Response answer = asWorker(CPAS).body(amendment(endDate)).post("/piis/v1/contracts/{id}/amendments", contractId);
        if (answer.statusCode() == 201) {
            proposed.add(answer.path("id"));
        }
        return answer.statusCode();
    }

    /** What the audit trail recorded after the contract became active. */
    private static List<String> auditedActions(String contractId) {
        List<String> actions = asWorker(CPAS).get("/piis/v1/contracts/{id}/audit", contractId).then().statusCode(200).extract().path("items.action");
        return actions.subList(actions.lastIndexOf("signed") + 1, actions.size());
    }

    private String activeContractWithSteps(int steps) {
        String contractId = draftedContract(CPAS, """
                {"beneficiaryId":"%s","type":"general","startDate":"2026-12-01","endDate":"2027-11-30",%s
                 "goals":[{"kind":"professional","title":"Find a job in logistics","steps":[%s]}],
                 "commitments":[{"party":"cpas","description":"Pay the enrolment fee of the forklift training"}]}
                """.formatted(registeredBeneficiary(CPAS, null), WORKERS, IntStream.rangeClosed(1, steps)
                .mapToObj(step -> "{\"description\":\"Step " + step + "\",\"responsible\":\"beneficiary\",\"dueDate\":\"2027-06-30\"}")
                .collect(Collectors.joining(","))));
        propose(CPAS, contractId);
        ContractsApi.afterReflection(CPAS, contractId, clock);
        ContractsApi.sign(CPAS, contractId, "{\"party\":\"beneficiary\"}");
        ContractsApi.sign(CPAS, contractId, "{\"party\":\"cpas\"}").body("status", equalTo("active"));
        return contractId;
    }

    private static String amendment(String endDate) {
        return """
                {"reason":"Ana found a training closer to home","startDate":"2026-12-01","endDate":"%s",
                 "referentWorker":"Marie Dubois","replacementWorker":"Jan Claes",
                 "goals":[{"kind":"professional","title":"Find a job in a warehouse",
                   "steps":[{"description":"Enrol in the warehouse training","responsible":"beneficiary","dueDate":"2027-02-15"}]}],
                 "commitments":[{"party":"cpas","description":"Pay the enrolment fee of the warehouse training"}]}
                """.formatted(endDate);
    }
}
