package be.cpas.piis.evaluation.api;

import static be.cpas.piis.evaluation.api.EvaluationsApi.BRUSSELS;
import static be.cpas.piis.evaluation.api.EvaluationsApi.asWorker;
import static be.cpas.piis.evaluation.api.EvaluationsApi.evaluationIds;
import static be.cpas.piis.evaluation.api.EvaluationsApi.signedContract;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import be.cpas.piis.testsupport.ClockMovingTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** X9: a fact of a contract comes after the step it follows: its signature, or the interview request. */
@QuarkusTest
class FactDatesTest extends ClockMovingTest {

    /** Signed on its first day, 1 December 2026, as the test contracts are. */
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Test
    void X9_an_interview_request_dated_before_the_contracts_signature_is_refused_rather_than_counted_as_a_cpas_failure() {
        String contractId = signedContract();

        asWorker().body("{\"contractId\":\"" + contractId + "\",\"requestedOn\":\"2026-11-20\"}").post("/piis/v1/interviewRequests")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("X9"))
                .body("detail", containsString("précède la signature du contrat (1 décembre 2026)"));
        asWorker().body("{\"contractId\":\"" + contractId + "\",\"requestedOn\":\"0001-01-01\"}").post("/piis/v1/interviewRequests")
                .then().statusCode(400).body("issues[0].name", equalTo("requestedOn"));
        asWorker().queryParam("contractId", contractId).get("/piis/v1/interviewRequests").then().body("items", hasSize(0));
        asWorker().body("{\"contractId\":\"" + contractId + "\",\"requestedOn\":\"2026-12-01\"}").post("/piis/v1/interviewRequests")
                .then().statusCode(201);
    }

    @Test
    void X9_student_results_published_before_the_contracts_signature_are_refused() {
        String contractId = signedContract(BRUSSELS, "student", START, LocalDate.of(2027, 11, 30), "fr");

        asWorker().body("{\"contractId\":\"" + contractId + "\",\"session\":\"June 2026\",\"publishedOn\":\"2026-06-26\"}")
                .post("/piis/v1/studentResults").then().statusCode(422).body("rule", equalTo("X9"))
                .body("detail", containsString("publishedOn 26 juin 2026 précède la signature du contrat"));
    }

    @Test
    void X9_an_evaluation_held_or_its_letter_sent_or_confirmed_before_the_contracts_signature_is_refused() {
        String evaluationId = evaluationIds(signedContract()).get(0);

        asWorker().body("{\"attendance\":\"inPerson\",\"heldOn\":\"2026-11-30\"}").post("/piis/v1/evaluations/{id}/record", evaluationId)
                .then().statusCode(422).body("rule", equalTo("X9")).body("detail", containsString("heldOn"));
        asWorker().body("{\"kind\":\"convocation\",\"sentOn\":\"2026-11-30\"}").post("/piis/v1/evaluations/{id}/letters", evaluationId)
                .then().statusCode(422).body("rule", equalTo("X9")).body("detail", containsString("sentOn"));
        asWorker().body("{\"confirmedOn\":\"2026-11-30\"}").post("/piis/v1/evaluations/{id}/confirmation", evaluationId)
                .then().statusCode(422).body("rule", equalTo("X9")).body("detail", containsString("confirmedOn"));
        asWorker().get("/piis/v1/evaluations/{id}/audit", evaluationId).then().body("items", hasSize(0));
    }

    @Test
    void X9_an_interview_convocation_is_not_sent_nor_confirmed_before_the_request() {
        String contractId = signedContract();
        clock.moveTo(LocalDate.of(2027, 2, 1));
        String requestId = asWorker().body("{\"contractId\":\"" + contractId + "\"}").post("/piis/v1/interviewRequests")
                .then().statusCode(201).extract().path("id");
        asWorker().body("{\"plannedOn\":\"2027-02-04\",\"startsAt\":\"10:15\",\"place\":\"Rue Haute 298A, 1000 Bruxelles\"}")
                .put("/piis/v1/interviewRequests/{id}/appointment", requestId).then().statusCode(200);

        asWorker().body("{\"kind\":\"convocation\",\"sentOn\":\"2027-01-29\"}").post("/piis/v1/interviewRequests/{id}/letters", requestId)
                .then().statusCode(422).body("rule", equalTo("X9")).body("detail", containsString("précède la demande d'entretien (1 février 2027)"));
        asWorker().body("{\"confirmedOn\":\"2027-01-29\"}").post("/piis/v1/interviewRequests/{id}/confirmation", requestId)
                .then().statusCode(422).body("rule", equalTo("X9"));
        asWorker().body("{\"kind\":\"convocation\"}").post("/piis/v1/interviewRequests/{id}/letters", requestId)
                .then().statusCode(201).body("sentOn", equalTo("2027-02-01"));
    }
}
