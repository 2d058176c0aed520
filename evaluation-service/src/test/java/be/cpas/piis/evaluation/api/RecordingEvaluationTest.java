package be.cpas.piis.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** E4-E6 through the API: recording an evaluation, and the events that tell what happened. */
@QuarkusTest
class RecordingEvaluationTest {

    private static final String CPAS = "21004";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void E4_an_evaluation_records_attendance_progress_notes_and_adjustments() {
        String contractId = plannedContract();
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

    @Test
    void E5_an_unexcused_absence_publishes_evaluation_missed() {
        String contractId = plannedContract();

        asWorker().body("{\"attendance\":\"absent\"}").post("/piis/v1/evaluations/{id}/record", evaluationIds(contractId).get(0))
                .then().statusCode(200).body("status", equalTo("missed"));
        asWorker().body("{\"attendance\":\"excused\"}").post("/piis/v1/evaluations/{id}/record", evaluationIds(contractId).get(1))
                .then().statusCode(200).body("status", equalTo("completed"));

        assertThat(published(contractId, EventType.EVALUATION_MISSED)).hasSize(1)
                .allSatisfy(record -> assertThat(record).contains("\"beneficiaryId\""));
    }

    @Test
    void E6_the_final_evaluation_held_informs_the_council() {
        String contractId = plannedContract();

        asWorker().body("{\"attendance\":\"inPerson\"}").post("/piis/v1/evaluations/{id}/record", evaluationIds(contractId).get(2))
                .then().statusCode(200).body("kind", equalTo("final"));

        assertThat(published(contractId, EventType.FINAL_EVALUATION_COMPLETED)).hasSize(1);
        given().auth().oauth2(DevTokens.forCpas("62063", "SOCIAL_WORKER")).contentType(ContentType.JSON)
                .body("{\"attendance\":\"inPerson\"}").post("/piis/v1/evaluations/{id}/record", evaluationIds(contractId).get(0))
                .then().statusCode(404);
    }

    private static String plannedContract() {
        String contractId = UUID.randomUUID().toString();
        EventLog.publishCloudEvent(Topics.CONTRACTS, UUID.randomUUID().toString(), EventType.CONTRACT_SIGNED.type(), contractId, """
                {"contractId":"%s","cpas":"%s","beneficiaryId":"%s","contractType":"general","version":1,
                 "startDate":"2026-12-01","endDate":"2027-11-30","signedOn":"2026-12-01"}
                """.formatted(contractId, CPAS, UUID.randomUUID()));
        await().atMost(PATIENCE).until(() -> evaluationIds(contractId).size() == 3);
        return contractId;
    }

    private static List<String> evaluationIds(String contractId) {
        return asWorker().queryParam("contractId", contractId).get("/piis/v1/evaluations").then().statusCode(200).extract().path("items.id");
    }

    /** The values of {@code type} events about the contract, once the relay had time to publish them. */
    private static List<String> published(String contractId, EventType type) {
        await().atMost(PATIENCE).until(() -> !matching(contractId, type).isEmpty());
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        return matching(contractId, type);
    }

    private static List<String> matching(String contractId, EventType type) {
        return EventLog.readAll(Topics.EVALUATIONS).stream()
                .filter(record -> contractId.equals(record.key()))
                .filter(record -> type.type().equals(EventLog.header(record, CloudEventHeaders.TYPE)))
                .map(record -> record.value())
                .toList();
    }

    private static RequestSpecification asWorker() {
        return given().auth().oauth2(DevTokens.forCpas(CPAS, "SOCIAL_WORKER")).contentType(ContentType.JSON);
    }
}
