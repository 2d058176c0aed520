package be.cpas.piis.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.EventLog;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the tests of this service do through its API and the broker: contract events in, evaluation events out. */
final class EvaluationsApi {

    static final String BRUSSELS = "21004";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private EvaluationsApi() {
    }

    /** A contract of {@code cpas} signed by every party, as contracts-service publishes it; returns its id once its plan exists. */
    static String signedContract(String cpas, String type, LocalDate start, LocalDate end, String language) {
        String contractId = UUID.randomUUID().toString();
        EventLog.publishCloudEvent(Topics.CONTRACTS, UUID.randomUUID().toString(), EventType.CONTRACT_SIGNED.type(), contractId, """
                {"contractId":"%s","cpas":"%s","beneficiaryId":"%s","contractType":"%s","version":1,
                 "startDate":"%s","endDate":"%s","signedOn":"%s",
                 "referentWorker":"Marie Dubois","replacementWorker":"Jan Claes","language":"%s"}
                """.formatted(contractId, cpas, UUID.randomUUID(), type, start, end, start, language));
        await().atMost(PATIENCE).until(() -> !evaluationIds(cpas, contractId).isEmpty());
        return contractId;
    }

    /** A general contract of the Brussels CPAS from 2026-12-01 to 2027-11-30, in French. */
    static String signedContract() {
        return signedContract(BRUSSELS, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "fr");
    }

    static List<String> evaluationIds(String cpas, String contractId) {
        return as(cpas).queryParam("contractId", contractId).get("/piis/v1/evaluations").then().statusCode(200).extract().path("items.id");
    }

    static List<String> evaluationIds(String contractId) {
        return evaluationIds(BRUSSELS, contractId);
    }

    /** The values of {@code type} events about the contract, once the relay had time to publish them all. */
    static List<String> published(String contractId, EventType type) {
        await().atMost(PATIENCE).until(() -> !publishedSoFar(contractId, type).isEmpty());
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        return publishedSoFar(contractId, type);
    }

    static List<String> publishedSoFar(String contractId, EventType type) {
        return EventLog.readAll(Topics.EVALUATIONS).stream()
                .filter(record -> contractId.equals(record.key()))
                .filter(record -> type.type().equals(EventLog.header(record, CloudEventHeaders.TYPE)))
                .map(record -> record.value())
                .toList();
    }

    static RequestSpecification asWorker() {
        return as(BRUSSELS);
    }

    static RequestSpecification as(String cpas) {
        return given().auth().oauth2(DevTokens.forCpas(cpas, "SOCIAL_WORKER")).contentType(ContentType.JSON);
    }
}
