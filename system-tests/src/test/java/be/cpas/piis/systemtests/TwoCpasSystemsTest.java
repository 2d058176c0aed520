package be.cpas.piis.systemtests;

import static be.cpas.piis.systemtests.SocialWorker.TRANSFERS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import be.cpas.piis.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two independent CPAS systems side by side, each with its own broker and databases: one serves
 * Brussels (21004), the other Liège (62063), and each directory names the other CPAS with the other
 * system's transfer API. A dossier goes from one to the other over HTTP only, with the sender's
 * PARTNER_CPAS token and the transfer id as Idempotency-Key, and the receiver takes it over (T1-T5).
 */
class TwoCpasSystemsTest {

    private static final String BRUSSELS = "21004";
    private static final String LIEGE = "62063";
    /** Served by the Brussels system too, which Liège's directory knows. */
    private static final String ANTWERP = "11002";
    private static final List<String> SERVICES = List.of(Platform.CONTRACTS, TRANSFERS);
    private static final ZoneId BRUSSELS_TIME = ZoneId.of("Europe/Brussels");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static Platform brusselsSystem;
    private static Platform liegeSystem;
    private static SocialWorker brussels;
    private static SocialWorker liege;

    @BeforeAll
    static void startBothSystems() {
        Platform.Setup atBrussels = Platform.deployment("brussels", SERVICES);
        Platform.Setup atLiege = Platform.deployment("liege", SERVICES);
        sendsTo(atBrussels, LIEGE, atLiege);
        sendsTo(atLiege, BRUSSELS, atBrussels);
        sendsTo(atLiege, ANTWERP, atBrussels);
        brusselsSystem = atBrussels.start();
        liegeSystem = atLiege.start();
        brussels = new SocialWorker(brusselsSystem, BRUSSELS);
        liege = new SocialWorker(liegeSystem, LIEGE);
    }

    /** {@code deployment} delivers the dossiers for {@code cpas} to the transfer API of {@code other}, trying every second. */
    private static void sendsTo(Platform.Setup deployment, String cpas, Platform.Setup other) {
        deployment.with(TRANSFERS, "piis.transfers.directory.cpas.\"" + cpas + "\".transfer-api", other.url(TRANSFERS) + "/piis/v1")
                .with(TRANSFERS, "piis.transfers.delivery-interval", "1s");
    }

    @AfterAll
    static void stopBothSystems() {
        Stream.of(brusselsSystem, liegeSystem).filter(system -> system != null).forEach(Platform::close);
    }

    /** Each test moves the clocks of Brussels from today, whatever the tests before it did. */
    @AfterEach
    void putClocksBackToToday() {
        brussels.moveClocksTo(LocalDate.now(BRUSSELS_TIME));
    }

    @Test
    void T1_T5_a_contract_moves_from_one_cpas_system_to_another_over_http() {
        String contractId = brussels.signedContract("87061412365");

        String transferId = brussels.startTransfer(contractId, LIEGE, false);

        await().atMost(PATIENCE).untilAsserted(() -> liege.incomingTransfer(transferId)
                .body("fromCpas", equalTo(BRUSSELS))
                .body("toCpas", equalTo(LIEGE))
                .body("beneficiaryRefusal", equalTo(false))
                .body("dossier.beneficiary.ssin", equalTo("87061412365"))
                .body("dossier.contract.contractId", equalTo(contractId))
                .body("dossier.contract.goals[0].title", equalTo("Find a job in logistics"))
                .body("dossier.contract.goals[0].steps[0].description", equalTo("Register with Actiris"))
                .body("dossier.contract.commitments[0].description", equalTo("Pay the enrolment fee of the forklift training")));
        await().atMost(PATIENCE).until(() -> "delivered".equals(brussels.transferStatus(transferId)));
        await().atMost(PATIENCE).until(() -> "transferred".equals(brussels.statusOf(contractId)));
    }

    @Test
    void T2_the_cpas_that_takes_over_registers_the_beneficiary_with_the_address_and_ris_history_and_no_new_obligation() {
        String contractId = brussels.signedContract("88041512342");
        String transferId = brussels.startTransfer(contractId, LIEGE, false);
        await().atMost(PATIENCE).untilAsserted(() -> liege.incomingTransfer(transferId).body("status", equalTo("received")));

        String draftId = liege.at(TRANSFERS).body("{\"takeOver\":\"full\",\"reasons\":\"The project fits Liège\"}")
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(200).extract().path("draftContractId");

        liege.beneficiary("88041512342")
                .body("items", hasSize(1))
                .body("items[0].contact.address", equalTo(SocialWorker.ADDRESS))
                .body("items[0].risDecisionDate", equalTo("2026-11-02"))
                .body("items[0].takenOverFrom", equalTo(BRUSSELS))
                .body("items[0].piisObligation.compulsory", equalTo(false))
                .body("items[0].piisObligation.reason", equalTo("takenOver"))
                .body("items[0]", not(hasKey("signingDeadline")));
        liege.contract(draftId).body("status", equalTo("draft")).body("goals[0].title", equalTo("Find a job in logistics"));
    }

    @Test
    void T5_the_receiver_down_for_a_while_gets_the_dossier_once_when_back() {
        String contractId = brussels.signedContract("79032204505");

        String transferId = startTransferWhileLiegeTransfersAreDown(contractId);

        // Each failed attempt waits longer (2, 4, 8... seconds): the next one after the restart gets through.
        await().atMost(Duration.ofSeconds(90)).until(() -> "delivered".equals(brussels.transferStatus(transferId)));
        assertThat(liege.incomingTransferIds()).containsOnlyOnce(transferId);
        liege.incomingTransfer(transferId).body("dossier.beneficiary.ssin", equalTo("79032204505"));
        await().atMost(PATIENCE).until(() -> "transferred".equals(brussels.statusOf(contractId)));
    }

    /** The transfer stays requested while Liège's transfer-service is down; it runs again, on the same port and database, afterwards. */
    private static String startTransferWhileLiegeTransfersAreDown(String contractId) {
        liegeSystem.stopService(TRANSFERS);
        try {
            String transferId = brussels.startTransfer(contractId, LIEGE, false);
            await().during(Duration.ofSeconds(4)).atMost(PATIENCE).until(() -> "requested".equals(brussels.transferStatus(transferId)));
            return transferId;
        } finally {
            liegeSystem.startService(TRANSFERS);
        }
    }

    @Test
    void T5_the_same_dossier_sent_twice_is_kept_once() {
        String transferId = UUID.randomUUID().toString();
        String dossier = """
                {"transferId":"%s","fromCpas":"21004","toCpas":"62063","movedOn":"2026-11-20","beneficiaryRefused":false,
                 "beneficiary":{"ssin":"89090521119","firstName":"Lucas","lastName":"Lambert","birthDate":"1989-09-05","language":"fr"},
                 "contract":{"contractId":"%s","type":"general","version":1,"startDate":"2026-12-01","endDate":"2027-11-30",
                   "goals":[{"kind":"professional","title":"Find a job in logistics","steps":[{"description":"Register with Actiris",
                     "responsible":"beneficiary","dueDate":"2026-12-15","status":"planned"}]}],
                   "commitments":[{"party":"cpas","description":"Pay the enrolment fee of the forklift training"}]}}
                """.formatted(transferId, UUID.randomUUID());

        deliverToLiege(dossier, transferId).statusCode(201).body("id", equalTo(transferId)).body("fromCpas", equalTo(BRUSSELS));
        deliverToLiege(dossier, transferId).statusCode(201).body("id", equalTo(transferId)).body("fromCpas", equalTo(BRUSSELS));

        assertThat(liege.incomingTransferIds()).containsOnlyOnce(transferId);
        liege.incomingTransfer(transferId).body("dossier.beneficiary.ssin", equalTo("89090521119"));
    }

    @Test
    void T6_a_dossier_that_reached_the_wrong_system_is_forwarded_to_the_competent_cpas() {
        String transferId = UUID.randomUUID().toString();
        String dossier = """
                {"transferId":"%s","fromCpas":"21004","toCpas":"%s","movedOn":"2026-11-20","beneficiaryRefused":true,
                 "beneficiary":{"ssin":"90031512377","firstName":"Nora","lastName":"Janssens","birthDate":"1990-03-15","language":"nl"}}
                """.formatted(transferId, ANTWERP);

        deliverToLiege(dossier, transferId).statusCode(201).body("status", equalTo("forwarding"));

        SocialWorker antwerp = new SocialWorker(brusselsSystem, ANTWERP);
        await().atMost(PATIENCE).untilAsserted(() -> antwerp.incomingTransfer(transferId)
                .body("fromCpas", equalTo(BRUSSELS))
                .body("toCpas", equalTo(ANTWERP))
                .body("dossier.beneficiary.lastName", equalTo("Janssens")));
    }

    /** What Brussels's system does to deliver a dossier: the PARTNER_CPAS token of 21004 and the transfer id as Idempotency-Key. */
    private static ValidatableResponse deliverToLiege(String dossier, String transferId) {
        return given().baseUri(liegeSystem.url(TRANSFERS)).auth().oauth2(DevTokens.forCpas(BRUSSELS, "PARTNER_CPAS"))
                .contentType(ContentType.JSON).header("Idempotency-Key", transferId).body(dossier)
                .post("/piis/v1/incomingTransfers").then();
    }

    @Test
    void T3_after_a_refusal_the_other_system_receives_no_content() {
        String contractId = brussels.signedContract("86112708716");

        String transferId = brussels.startTransfer(contractId, LIEGE, true);

        liege.receivesOnlyTheMove(transferId, "86112708716");
        await().atMost(PATIENCE).until(() -> "delivered".equals(brussels.transferStatus(transferId)));
    }

    @Test
    void T4_a_students_contract_is_not_transferred_during_studies() {
        String contractId = brussels.signed(brussels.proposedStudentContract("01020333329"));
        List<String> receivedAtLiege = liege.incomingTransferIds();

        brussels.requestTransfer(contractId, LIEGE, false).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                .body("rule", equalTo("T4"));

        brussels.at(TRANSFERS).get("/piis/v1/transfers").then().statusCode(200).body("items.contractId", not(hasItem(contractId)));
        await().during(Duration.ofSeconds(3)).atMost(PATIENCE).until(() -> liege.incomingTransferIds().equals(receivedAtLiege));
        brussels.contract(contractId).body("status", equalTo("active"));
    }
}
