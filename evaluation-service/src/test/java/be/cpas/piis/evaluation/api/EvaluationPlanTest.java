package be.cpas.piis.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationPlanTest {

    private static final String BRUSSELS = "21004";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void E1_a_signed_contract_gets_a_plan_of_three_evaluations_a_year() {
        String contractId = UUID.randomUUID().toString();

        publishContractSigned(UUID.randomUUID().toString(), contractId);

        awaitEvaluations(contractId, 3);
        asWorker(BRUSSELS).queryParam("contractId", contractId).get("/piis/v1/evaluations")
                .then().statusCode(200)
                .body("items.plannedOn", contains("2027-03-31", "2027-07-30", "2027-11-30"))
                .body("items.kind", contains("regular", "regular", "final"))
                .body("items.status", contains("planned", "planned", "planned"))
                .body("items[0].href", notNullValue())
                .body("pageSize", equalTo(50))
                .body("next", nullValue());
    }

    @Test
    void X7_the_same_event_delivered_twice_creates_one_plan() {
        String contractId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();

        publishContractSigned(eventId, contractId);
        awaitEvaluations(contractId, 3);
        publishContractSigned(eventId, contractId);
        publishContractSigned(UUID.randomUUID().toString(), contractId);
        String marker = UUID.randomUUID().toString();
        publishContractSigned(UUID.randomUUID().toString(), marker);
        awaitEvaluations(marker, 3);

        asWorker(BRUSSELS).queryParam("contractId", contractId).get("/piis/v1/evaluations")
                .then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void X7_a_record_that_cannot_be_processed_goes_to_the_dead_letter_topic_and_the_next_one_is_processed() {
        String poisoned = UUID.randomUUID().toString();
        EventLog.publishRaw(Topics.CONTRACTS, poisoned, "{\"not\":\"a cloud event\"}");
        String contractId = UUID.randomUUID().toString();
        publishContractSigned(UUID.randomUUID().toString(), contractId);

        awaitEvaluations(contractId, 3);
        await().atMost(PATIENCE).until(() -> EventLog.readAll(Topics.deadLetter("evaluation-service")).stream()
                .anyMatch(record -> poisoned.equals(record.key())));
    }

    @Test
    void X7_each_planned_evaluation_is_published() {
        String contractId = UUID.randomUUID().toString();
        publishContractSigned(UUID.randomUUID().toString(), contractId);

        awaitEvaluations(contractId, 3);
        await().atMost(PATIENCE).until(() -> EventLog.readAll(Topics.EVALUATIONS).stream()
                .filter(record -> contractId.equals(record.key()))
                .filter(record -> EventType.EVALUATION_SCHEDULED.type().equals(EventLog.header(record, CloudEventHeaders.TYPE)))
                .count() == 3);
    }

    @Test
    void X1_another_cpas_sees_none_of_the_evaluations() {
        String contractId = UUID.randomUUID().toString();
        publishContractSigned(UUID.randomUUID().toString(), contractId);
        awaitEvaluations(contractId, 3);

        asWorker("62063").queryParam("contractId", contractId).get("/piis/v1/evaluations")
                .then().statusCode(200).body("items", hasSize(0));
        String evaluationId = asWorker(BRUSSELS).queryParam("contractId", contractId).get("/piis/v1/evaluations")
                .then().extract().path("items[0].id");
        asWorker("62063").get("/piis/v1/evaluations/{id}", evaluationId)
                .then().statusCode(404).body("type", equalTo("urn:problem-type:belgif:resourceNotFound"));
    }

    @Test
    void collections_are_paged_with_a_keyset_cursor() {
        String contractId = UUID.randomUUID().toString();
        publishContractSigned(UUID.randomUUID().toString(), contractId);
        awaitEvaluations(contractId, 3);

        String next = asWorker(BRUSSELS).queryParam("contractId", contractId).queryParam("pageSize", 2).get("/piis/v1/evaluations")
                .then().statusCode(200)
                .body("items.plannedOn", contains("2027-03-31", "2027-07-30"))
                .body("pageSize", equalTo(2))
                .extract().path("next");
        assertThat(next).contains("cursor=");
        asWorker(BRUSSELS).get(next)
                .then().statusCode(200)
                .body("items.plannedOn", contains("2027-11-30"))
                .body("next", nullValue());
    }

    @Test
    void X5_unknown_or_malformed_query_parameters_are_a_400() {
        asWorker(BRUSSELS).queryParam("contractID", UUID.randomUUID()).get("/piis/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("issues[0].in", equalTo("query"))
                .body("issues[0].name", equalTo("contractID"));
        asWorker(BRUSSELS).queryParam("contractId", "not-a-uuid").get("/piis/v1/evaluations")
                .then().statusCode(400).body("issues[0].name", equalTo("contractId"));
        asWorker(BRUSSELS).queryParam("cursor", "forged").get("/piis/v1/evaluations")
                .then().statusCode(400).body("issues[0].name", equalTo("cursor"));
        asWorker(BRUSSELS).queryParam("pageSize", 0).get("/piis/v1/evaluations")
                .then().statusCode(400).body("issues[0].name", equalTo("pageSize")).body("issues[0].in", equalTo("query"));
    }

    private static void publishContractSigned(String eventId, String contractId) {
        String payload = """
                {"contractId":"%s","cpas":"21004","beneficiaryId":"%s","contractType":"general","version":1,
                 "startDate":"2026-12-01","endDate":"2027-11-30","signedOn":"2026-12-01","addedLater":"ignored"}
                """.formatted(contractId, UUID.randomUUID());
        EventLog.publishCloudEvent(Topics.CONTRACTS, eventId, EventType.CONTRACT_SIGNED.type(), contractId, payload);
    }

    private static void awaitEvaluations(String contractId, int count) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<String> dates = asWorker(BRUSSELS).queryParam("contractId", contractId).get("/piis/v1/evaluations")
                    .then().statusCode(200).extract().path("items.plannedOn");
            assertThat(dates).hasSize(count);
        });
    }

    private static RequestSpecification asWorker(String cpas) {
        return given().auth().oauth2(DevTokens.forCpas(cpas, "SOCIAL_WORKER"));
    }
}
