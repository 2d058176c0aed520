package be.cpas.piis.transfer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.PdfText;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** T3, T5, T6 on the receiving side: the API another CPAS system calls to deliver a dossier. */
@QuarkusTest
class IncomingTransferTest {

    @Inject
    SentDocuments sentDocuments;

    private static final String BRUSSELS = "21004";
    private static final String LIEGE = "62063";

    @Test
    void T5_a_dossier_delivered_twice_with_its_idempotency_key_is_kept_once() {
        String transferId = UUID.randomUUID().toString();
        String dossier = dossier(transferId, LIEGE, false, true);

        deliver(BRUSSELS, transferId, dossier).then().statusCode(201)
                .body("id", equalTo(transferId))
                .body("status", equalTo("received"));
        deliver(BRUSSELS, transferId, dossier).then().statusCode(201).body("id", equalTo(transferId));
        deliver(BRUSSELS, transferId, dossier.replace("Ana", "Anna")).then().statusCode(409);
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers").then().statusCode(200)
                .body("items.findAll { it.id == '%s' }.size()".formatted(transferId), equalTo(1));
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", transferId).then()
                .statusCode(200).body("dossier.contract.goals[0].title", equalTo("Find a job in logistics"));
        given().auth().oauth2(DevTokens.forCpas(BRUSSELS, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", transferId).then()
                .statusCode(404);
    }

    @Test
    void T5_a_dossier_comes_authenticated_as_the_sending_cpas_with_an_idempotency_key() {
        String transferId = UUID.randomUUID().toString();

        partner(BRUSSELS).body(dossier(transferId, LIEGE, false, true)).post("/piis/v1/incomingTransfers").then().statusCode(400)
                .body("issues[0].name", equalTo("Idempotency-Key"));
        given().auth().oauth2(DevTokens.forCpas(BRUSSELS, "SOCIAL_WORKER")).contentType(ContentType.JSON).header("Idempotency-Key", transferId)
                .body(dossier(transferId, LIEGE, false, true)).post("/piis/v1/incomingTransfers").then().statusCode(403);
        deliver("11002", transferId, dossier(transferId, LIEGE, false, true)).then().statusCode(400)
                .body("issues[0].name", equalTo("fromCpas"));
        deliver(BRUSSELS, transferId, dossier(transferId, LIEGE, false, true).replace("85073003328", "85073003300")).then().statusCode(400);
    }

    @Test
    void T3_a_refused_transfer_carries_the_move_and_no_content() {
        String refusedWithContent = UUID.randomUUID().toString();
        deliver(BRUSSELS, refusedWithContent, dossier(refusedWithContent, LIEGE, true, true)).then().statusCode(422)
                .body("rule", equalTo("T3"));

        String refused = UUID.randomUUID().toString();
        deliver(BRUSSELS, refused, dossier(refused, LIEGE, true, false)).then().statusCode(201);
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers/{id}", refused).then()
                .statusCode(200)
                .body("beneficiaryRefusal", equalTo(true))
                .body("dossier", not(hasKey("contract")))
                .body("dossier.beneficiary.lastName", equalTo("Peeters"));
    }

    @Test
    void T2_the_new_cpas_decides_the_take_over_once_with_its_reasons() {
        String transferId = UUID.randomUUID().toString();
        deliver(BRUSSELS, transferId, dossier(transferId, LIEGE, false, true)).then().statusCode(201);

        asLiegeWorker().body("{\"takeOver\":\"partial\",\"goals\":[\"Learn Dutch\"],\"reasons\":\"Only part fits\"}")
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(400).body("issues[0].name", equalTo("goals"));
        given().auth().oauth2(DevTokens.forCpas("11002", "SOCIAL_WORKER")).contentType(ContentType.JSON)
                .body("{\"takeOver\":\"none\",\"reasons\":\"Not ours\"}").post("/piis/v1/incomingTransfers/{id}/takeOver", transferId)
                .then().statusCode(404);
        asLiegeWorker().body("{\"takeOver\":\"none\",\"reasons\":\"A training in Liège replaces the project\"}")
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(200)
                .body("status", equalTo("takenOver"))
                .body("takeOver", equalTo("none"));
        asLiegeWorker().body("{\"takeOver\":\"full\",\"reasons\":\"Changed our mind\"}")
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(409).body("rule", equalTo("T2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> EventLog.readAll(Topics.TRANSFERS).stream()
                .anyMatch(record -> EventType.TRANSFER_ACCEPTED.type().equals(EventLog.header(record, CloudEventHeaders.TYPE))
                        && record.value().contains(transferId) && record.value().contains("\"takeOver\":\"none\"")));

        String refused = UUID.randomUUID().toString();
        deliver(BRUSSELS, refused, dossier(refused, LIEGE, true, false)).then().statusCode(201);
        asLiegeWorker().body("{\"takeOver\":\"full\",\"reasons\":\"Continue\"}").post("/piis/v1/incomingTransfers/{id}/takeOver", refused)
                .then().statusCode(409).body("rule", equalTo("T3"));
    }

    @Test
    void T6_a_dossier_for_a_cpas_another_system_serves_is_kept_to_forward_within_five_days_and_the_beneficiary_told() {
        String transferId = UUID.randomUUID().toString();

        deliver(BRUSSELS, transferId, dossier(transferId, "44021", false, true)).then().statusCode(201)
                .body("status", equalTo("forwarding"))
                .body("forwardBy", equalTo(LocalDate.now(PiisClock.BRUSSELS).plusDays(5).toString()));

        List<SentDocuments.SentDocument> letters = sentDocuments.of(UUID.fromString(transferId));
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo("forwardingLetter");
            assertThat(letter.language()).isEqualTo(Language.FR);
        });
        byte[] letter = sentDocuments.content(UUID.fromString(transferId), letters.get(0).id()).orElseThrow();
        assertThat(PdfText.of(letter)).contains("Votre dossier est transmis au CPAS compétent", "OCMW Gent", "CPAS de Bruxelles");
        given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).get("/piis/v1/incomingTransfers").then().statusCode(200)
                .body("items.id", not(hasItem(transferId)));
    }

    @Test
    void incoming_dossiers_are_paged_with_a_keyset_cursor() {
        String ixelles = "21009";
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        deliver(BRUSSELS, first, dossier(first, ixelles, false, true)).then().statusCode(201);
        deliver(BRUSSELS, second, dossier(second, ixelles, false, true)).then().statusCode(201);

        String next = given().auth().oauth2(DevTokens.forCpas(ixelles, "SOCIAL_WORKER")).queryParam("pageSize", 1)
                .get("/piis/v1/incomingTransfers").then().statusCode(200)
                .body("items.id", contains(first))
                .extract().path("next");
        given().auth().oauth2(DevTokens.forCpas(ixelles, "SOCIAL_WORKER")).get(next).then().statusCode(200)
                .body("items.id", contains(second));
        given().auth().oauth2(DevTokens.forCpas(ixelles, "SOCIAL_WORKER")).queryParam("cursor", "forged").get("/piis/v1/incomingTransfers")
                .then().statusCode(400);
    }

    @Test
    void T6_a_dossier_for_a_cpas_nobody_here_knows_is_refused_with_the_rule() {
        String transferId = UUID.randomUUID().toString();

        deliver(BRUSSELS, transferId, dossier(transferId, "99999", false, true)).then().statusCode(422).body("rule", equalTo("T6"));
    }

    private static io.restassured.response.Response deliver(String sender, String transferId, String dossier) {
        return partner(sender).header("Idempotency-Key", transferId).body(dossier).post("/piis/v1/incomingTransfers");
    }

    private static RequestSpecification asLiegeWorker() {
        return given().auth().oauth2(DevTokens.forCpas(LIEGE, "SOCIAL_WORKER")).contentType(ContentType.JSON);
    }

    private static RequestSpecification partner(String cpas) {
        return given().auth().oauth2(DevTokens.forCpas(cpas, "PARTNER_CPAS")).contentType(ContentType.JSON);
    }

    private static String dossier(String transferId, String toCpas, boolean refused, boolean withContract) {
        String contract = withContract ? """
                ,"contract":{"contractId":"%s","type":"general","version":1,"startDate":"2026-12-01","endDate":"2027-11-30",
                  "goals":[{"kind":"professional","title":"Find a job in logistics",
                    "steps":[{"description":"Register with Actiris","responsible":"beneficiary","dueDate":"2026-12-15","status":"done"}]}],
                  "commitments":[{"party":"cpas","description":"Pay the enrolment fee"}]}""".formatted(UUID.randomUUID()) : "";
        return """
                {"transferId":"%s","fromCpas":"%s","toCpas":"%s","movedOn":"2026-11-20","beneficiaryRefused":%s,
                 "beneficiary":{"ssin":"85073003328","firstName":"Ana","lastName":"Peeters","birthDate":"1985-07-30","language":"fr"}%s}
                """.formatted(transferId, BRUSSELS, toCpas, refused, contract);
    }
}
