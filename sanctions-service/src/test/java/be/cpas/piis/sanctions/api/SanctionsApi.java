package be.cpas.piis.sanctions.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.EventLog;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** What the tests of this service do: contracts and breaches reported by the other services, the case handled through the API. */
final class SanctionsApi {

    static final String BRUSSELS = "21004";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private SanctionsApi() {
    }

    /** A contract signed in Brussels, as contracts-service publishes it. */
    static String signedContract(String beneficiaryId) {
        return signedContract(beneficiaryId, "fr");
    }

    /** A contract signed in Brussels whose beneficiary's letters are in {@code language}. */
    static String signedContract(String beneficiaryId, String language) {
        String contractId = UUID.randomUUID().toString();
        publish(Topics.CONTRACTS, EventType.CONTRACT_SIGNED, contractId, """
                {"contractId":"%s","cpas":"%s","beneficiaryId":"%s","contractType":"general","version":1,
                 "startDate":"2026-12-01","endDate":"2027-11-30","signedOn":"2026-12-01","language":"%s"}
                """.formatted(contractId, BRUSSELS, beneficiaryId, language));
        return contractId;
    }

    /** S1: a social worker reports a breach, once sanctions-service knows the contract; returns the case id. */
    static String reportedBreach(String contractId, LocalDate occurredOn) {
        String body = """
                {"contractId":"%s","description":"Did not attend the job-search workshop","occurredOn":"%s"}
                """.formatted(contractId, occurredOn);
        AtomicReference<String> breachId = new AtomicReference<>();
        await().atMost(PATIENCE).until(() -> {
            Response response = asWorker().body(body).post("/piis/v1/breaches");
            if (response.statusCode() == 201) {
                breachId.set(response.path("id"));
            }
            return response.statusCode() != 404;
        });
        return breachId.get();
    }

    static void publish(String topic, EventType type, String contractId, String payload) {
        EventLog.publishCloudEvent(topic, UUID.randomUUID().toString(), type.type(), contractId, payload);
    }

    /** The ids of the contract's cases. */
    static List<String> cases(String contractId) {
        return asWorker().queryParam("contractId", contractId).get("/piis/v1/breaches").then().statusCode(200).extract().path("items.id");
    }

    /** The values of {@code type} events about the contract, once the relay had time to publish them all. */
    static List<String> published(String contractId, EventType type) {
        await().atMost(PATIENCE).until(() -> !publishedSoFar(contractId, type).isEmpty());
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        return publishedSoFar(contractId, type);
    }

    static List<String> publishedSoFar(String contractId, EventType type) {
        return EventLog.readAll(Topics.SANCTIONS).stream()
                .filter(record -> contractId.equals(record.key()))
                .filter(record -> type.type().equals(EventLog.header(record, CloudEventHeaders.TYPE)))
                .map(record -> record.value())
                .toList();
    }

    static RequestSpecification asWorker() {
        return as(BRUSSELS, "SOCIAL_WORKER");
    }

    static RequestSpecification asCouncil() {
        return as(BRUSSELS, "COUNCIL");
    }

    static RequestSpecification as(String cpas, String role) {
        return given().auth().oauth2(DevTokens.forCpas(cpas, role)).contentType(ContentType.JSON);
    }
}
