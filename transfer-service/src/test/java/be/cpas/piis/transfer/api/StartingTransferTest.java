package be.cpas.piis.transfer.api;

import static be.cpas.piis.transfer.StartedTransfers.awaitStarted;
import static be.cpas.piis.transfer.StartedTransfers.signedContract;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** T1, T3, T4: the CPAS the beneficiary leaves records the move, for the contracts contracts-service announced. */
@QuarkusTest
class StartingTransferTest {

    private static final String BRUSSELS = "21004";
    private static final String LIEGE = "62063";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void T1_a_move_to_another_municipality_starts_the_transfer_of_a_running_contract_once() {
        String contractId = signedContract("general").toString();

        String transferId = awaitStarted("""
                {"contractId":"%s","newMunicipality":"%s","movedOn":"2026-11-20"}""".formatted(contractId, LIEGE))
                .then().statusCode(201)
                .body("fromCpas", equalTo(BRUSSELS))
                .body("toCpas", equalTo(LIEGE))
                .body("status", equalTo("requested"))
                .extract().path("id");

        asWorker(BRUSSELS).get("/piis/v1/transfers/{id}", transferId).then().statusCode(200).body("movedOn", equalTo("2026-11-20"));
        asWorker(BRUSSELS).get("/piis/v1/transfers").then().body("items.id", hasItem(transferId));
        asWorker(LIEGE).get("/piis/v1/transfers/{id}", transferId).then().statusCode(404);
        start(contractId, LIEGE).then().statusCode(409).body("rule", equalTo("T1"));
        await().atMost(PATIENCE).until(() -> published(contractId, EventType.TRANSFER_REQUESTED).size() == 1);
    }

    @Test
    void T1_a_move_within_the_municipality_or_to_an_unknown_one_or_of_an_ended_contract_is_no_transfer() {
        String contractId = signedContract("general").toString();

        awaitStarted(body(contractId, BRUSSELS)).then().statusCode(422).body("rule", equalTo("T1"));
        start(contractId, "99999").then().statusCode(422).body("rule", equalTo("T1"));
        start(contractId, "1234").then().statusCode(400);
        EventLog.publishCloudEvent(Topics.CONTRACTS, UUID.randomUUID().toString(), EventType.CONTRACT_ENDED.type(), contractId, """
                {"contractId":"%s","cpas":"%s","beneficiaryId":"%s","outcome":"terminated","endedOn":"2026-12-05"}
                """.formatted(contractId, BRUSSELS, UUID.randomUUID()));
        await().atMost(PATIENCE).untilAsserted(() -> start(contractId, LIEGE).then().statusCode(409).body("rule", equalTo("T1")));
    }

    /** X5: a refusal speaks the caller's language, and only its words change; the NIS code reads alike in all three. */
    @Test
    void T1_a_refusal_is_said_in_dutch_or_german_when_accept_language_asks() {
        String contractId = signedContract("general").toString();
        awaitStarted(body(contractId, "99999")).then().statusCode(422);

        refusedAsUnknown(asWorker(BRUSSELS), contractId).header("Content-Language", "fr-BE")
                .body("title", equalTo("Refusé par une règle"))
                .body("detail", equalTo("Aucun CPAS 99999 dans l'annuaire : le CPAS compétent pour cette commune est inconnu"));
        refusedAsUnknown(asWorker(BRUSSELS).header("Accept-Language", "nl-BE"), contractId).header("Content-Language", "nl-BE")
                .body("title", equalTo("Geweigerd door een regel"))
                .body("detail", equalTo("OCMW 99999 staat niet in de lijst van OCMW's: het bevoegde OCMW van die gemeente is onbekend"));
        refusedAsUnknown(asWorker(BRUSSELS).header("Accept-Language", "de-BE"), contractId).header("Content-Language", "de-BE")
                .body("title", equalTo("Von einer Regel abgelehnt"))
                .body("detail", equalTo("Kein ÖSHZ 99999 im Verzeichnis: Das zuständige ÖSHZ dieser Gemeinde ist unbekannt"));
    }

    private static ValidatableResponse refusedAsUnknown(RequestSpecification caller, String contractId) {
        return caller.body(body(contractId, "99999")).post("/piis/v1/transfers").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                .body("status", equalTo(422))
                .body("rule", equalTo("T1"));
    }

    @Test
    void T3_the_beneficiarys_refusal_is_recorded_with_the_move_and_published() {
        String contractId = signedContract("general").toString();

        String transferId = awaitStarted("""
                {"contractId":"%s","newMunicipality":"%s","beneficiaryRefusal":true}""".formatted(contractId, LIEGE))
                .then().statusCode(201).body("beneficiaryRefusal", equalTo(true)).extract().path("id");

        await().atMost(PATIENCE).until(() -> published(contractId, EventType.TRANSFER_REFUSED).size() == 1);
        assertThat(published(contractId, EventType.TRANSFER_REFUSED).get(0)).contains("\"rule\":\"T3\"");
        asWorker(BRUSSELS).get("/piis/v1/transfers/{id}/audit", transferId).then().statusCode(200)
                .body("items.action", hasItem("requested"));
    }

    @Test
    void T4_a_students_contract_stays_during_uninterrupted_studies() {
        String contractId = signedContract("student").toString();

        awaitStarted(body(contractId, LIEGE)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                .body("rule", equalTo("T4"));
        given().auth().oauth2(DevTokens.forCpas(BRUSSELS, "SOCIAL_WORKER")).contentType(ContentType.JSON).body("""
                {"contractId":"%s","newMunicipality":"%s","studiesEndedOn":"2026-11-20"}""".formatted(contractId, LIEGE))
                .post("/piis/v1/transfers").then().statusCode(201).body("studiesEndedOn", equalTo("2026-11-20"));
    }

    @Test
    void the_directory_says_which_cpas_run_their_own_system() {
        asWorker(BRUSSELS).queryParam("name", "liege").queryParam("name", "gent").get("/piis/v1/cpas").then().statusCode(200)
                .body("items.find { it.nisCode == '62063' }.servedHere", equalTo(true))
                .body("items.find { it.nisCode == '44021' }.transferApi", equalTo("https://piis.ocmw-gent.example.be/piis/v1"));
        asWorker(BRUSSELS).get("/piis/v1/cpas/{nis}", "00000").then().statusCode(404);
    }

    private static Response start(String contractId, String newMunicipalityOrBody) {
        String body = newMunicipalityOrBody.startsWith("{") ? newMunicipalityOrBody : body(contractId, newMunicipalityOrBody);
        return asWorker(BRUSSELS).body(body).post("/piis/v1/transfers");
    }

    private static String body(String contractId, String newMunicipality) {
        return """
                {"contractId":"%s","newMunicipality":"%s"}""".formatted(contractId, newMunicipality);
    }

    private static List<String> published(String contractId, EventType type) {
        return EventLog.readAll(Topics.TRANSFERS).stream()
                .filter(record -> contractId.equals(record.key()))
                .filter(record -> type.type().equals(EventLog.header(record, CloudEventHeaders.TYPE)))
                .map(record -> record.value())
                .toList();
    }

    private static RequestSpecification asWorker(String cpas) {
        return given().auth().oauth2(DevTokens.forCpas(cpas, "SOCIAL_WORKER")).contentType(ContentType.JSON);
    }
}
