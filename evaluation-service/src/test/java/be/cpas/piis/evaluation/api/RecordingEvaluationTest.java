package be.cpas.piis.evaluation.api;

import static be.cpas.piis.evaluation.api.EvaluationsApi.as;
import static be.cpas.piis.evaluation.api.EvaluationsApi.asWorker;
import static be.cpas.piis.evaluation.api.EvaluationsApi.evaluationIds;
import static be.cpas.piis.evaluation.api.EvaluationsApi.published;
import static be.cpas.piis.evaluation.api.EvaluationsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import be.cpas.piis.events.EventType;
import be.cpas.piis.platform.time.PiisClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** E4-E6 through the API: recording an evaluation, and the events that tell what happened. */
@QuarkusTest
class RecordingEvaluationTest {

    @Test
    void E4_an_evaluation_records_attendance_progress_notes_and_adjustments() {
        String contractId = signedContract();
        String evaluationId = evaluationIds(contractId).get(0);

        asWorker().body("""
                {"attendance":"inPerson","progress":"Registered with Actiris; two applications sent",
                 "notes":"Motivated","adjustments":"Add a French course"}
                """).post("/piis/v1/evaluations/{id}/record", evaluationId)
                .then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("attendance", equalTo("inPerson"))
                .body("heldOn", equalTo(LocalDate.now(PiisClock.BRUSSELS).toString()))
                .body("adjustments", equalTo("Add a French course"));
        asWorker().body("{\"attendance\":\"remote\"}").post("/piis/v1/evaluations/{id}/record", evaluationId)
                .then().statusCode(409).body("rule", equalTo("E4"));
        asWorker().body("{\"attendance\":\"remote\",\"heldOn\":\"" + LocalDate.now(PiisClock.BRUSSELS).plusDays(2) + "\"}")
                .post("/piis/v1/evaluations/{id}/record", evaluationIds(contractId).get(1))
                .then().statusCode(422).body("rule", equalTo("X9"));
        assertThat(published(contractId, EventType.EVALUATION_COMPLETED)).hasSize(1);
    }

    /** X5: the refusal of a second record speaks the caller's language, and only its words change. */
    @Test
    void E4_a_refusal_is_said_in_dutch_or_german_when_accept_language_asks() {
        String evaluationId = evaluationIds(signedContract()).get(0);
        asWorker().body("{\"attendance\":\"inPerson\"}").post("/piis/v1/evaluations/{id}/record", evaluationId).then().statusCode(200);

        recordAgain(asWorker(), evaluationId).header("Content-Language", "fr-BE")
                .body("title", equalTo("Conflit"))
                .body("detail", equalTo("Cette évaluation a le statut completed : elle ne peut plus être enregistrée"));
        recordAgain(asWorker().header("Accept-Language", "nl-BE"), evaluationId).header("Content-Language", "nl-BE")
                .body("title", equalTo("Conflict"))
                .body("detail", equalTo("Deze evaluatie heeft de status completed: ze kan niet meer worden geregistreerd"));
        recordAgain(asWorker().header("Accept-Language", "de-BE"), evaluationId).header("Content-Language", "de-BE")
                .body("title", equalTo("Konflikt"))
                .body("detail", equalTo("Diese Bewertung hat den Status completed: Sie kann nicht mehr erfasst werden"));
    }

    private static ValidatableResponse recordAgain(RequestSpecification caller, String evaluationId) {
        return caller.body("{\"attendance\":\"remote\"}").post("/piis/v1/evaluations/{id}/record", evaluationId).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:cpas:piis:conflict"))
                .body("status", equalTo(409))
                .body("rule", equalTo("E4"));
    }

    @Test
    void E4_E5_an_unexcused_absence_publishes_evaluation_missed_and_an_excused_one_says_why() {
        String contractId = signedContract();

        asWorker().body("{\"attendance\":\"absent\"}").post("/piis/v1/evaluations/{id}/record", evaluationIds(contractId).get(0))
                .then().statusCode(200).body("status", equalTo("missed"));
        asWorker().body("{\"attendance\":\"excused\"}").post("/piis/v1/evaluations/{id}/record", evaluationIds(contractId).get(1))
                .then().statusCode(400).body("issues[0].name", equalTo("excuseReason"));
        asWorker().body("{\"attendance\":\"excused\",\"excuseReason\":\"Hospitalised\"}")
                .post("/piis/v1/evaluations/{id}/record", evaluationIds(contractId).get(1))
                .then().statusCode(200).body("status", equalTo("completed")).body("excuseReason", equalTo("Hospitalised"));

        assertThat(published(contractId, EventType.EVALUATION_MISSED)).hasSize(1)
                .allSatisfy(record -> assertThat(record).contains("\"beneficiaryId\""));
    }

    @Test
    void E6_the_final_evaluation_held_informs_the_council() {
        String contractId = signedContract();

        asWorker().body("{\"attendance\":\"inPerson\"}").post("/piis/v1/evaluations/{id}/record", evaluationIds(contractId).get(2))
                .then().statusCode(200).body("kind", equalTo("final"));

        assertThat(published(contractId, EventType.FINAL_EVALUATION_COMPLETED)).hasSize(1);
        as("62063")
                .body("{\"attendance\":\"inPerson\"}").post("/piis/v1/evaluations/{id}/record", evaluationIds(contractId).get(0))
                .then().statusCode(404);
    }
}
