package be.cpas.piis.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Across processes, over HTTP only: a contract signed in contracts-service reaches
 * evaluation-service through the outbox, Kafka and the inbox, and becomes an evaluation plan; the
 * final evaluation recorded there travels back the same way and completes the contract, and an
 * absence recorded there opens a breach case in sanctions-service.
 */
class ContractAndEvaluationFlowTest {

    private static final String BRUSSELS = "21004";
    private static final String LIEGE = "62063";
    private static final ZoneId BRUSSELS_TIME = ZoneId.of("Europe/Brussels");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static Platform platform;
    private static SocialWorker brussels;
    private static SocialWorker liege;

    /** transfer-service signs its calls as in production, so T5 reads the dossier with a token of the platform's own issuer. */
    @BeforeAll
    static void startPlatform() {
        platform = Platform.deployment("", Platform.SERVICES).withTransferServiceAsPlatformIssuer().start();
        brussels = new SocialWorker(platform, BRUSSELS);
        liege = new SocialWorker(platform, LIEGE);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    /** Each test moves the clocks from today, whatever the tests before it did. */
    @AfterEach
    void putClocksBackToToday() {
        brussels.moveClocksTo(LocalDate.now(BRUSSELS_TIME));
    }

    @Test
    void C7_E1_a_contract_signed_after_reflection_gets_an_evaluation_plan_in_the_other_service() {
        String contractId = brussels.proposedContract("85073003328");

        contracts().body("{\"party\":\"beneficiary\"}").post("/piis/v1/contracts/{id}/signatures", contractId)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                .body("rule", equalTo("C7"));

        brussels.moveClocksPastReflection(contractId);
        brussels.signByBothParties(contractId);

        assertThat(awaitPlan(contractId)).hasSize(3).last().isEqualTo("2027-11-30");
    }

    @Test
    void A4_X12_a_convocation_written_by_evaluation_service_names_the_beneficiary_at_the_address_contracts_service_keeps()
            throws IOException {
        String contractId = brussels.signedContract("91020312363");
        awaitPlan(contractId);
        String evaluationId = evaluationsOf(contractId).extract().path("items[0].id");

        byte[] pdf = evaluations().accept("application/pdf").get("/piis/v1/evaluations/{id}/convocation", evaluationId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        try (PDDocument letter = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(letter).replaceAll("\\s+", " "))
                    .contains("CPAS de Bruxelles Rue Haute 298A 1000 Bruxelles", "Ana Peeters Rue Haute 12 1000 Bruxelles",
                            "Notre référence : PIIS " + contractId);
        }
    }

    @Test
    void X7_a_broker_restart_loses_no_event_and_doubles_none() {
        String contractId = brussels.proposedContract("00010100105");
        brussels.moveClocksPastReflection(contractId);

        platform.stopBroker();
        brussels.signByBothParties(contractId);
        platform.startBroker();

        assertThat(awaitPlan(contractId)).hasSize(3);
    }

    @Test
    void E6_C12_the_final_evaluation_completes_the_contract_in_contracts_service() {
        String contractId = brussels.signedContract("90051204565");
        awaitPlan(contractId);

        LocalDate endDate = brussels.dateOf(contractId, "endDate");
        Map<String, String> finalEvaluation = evaluationsOf(contractId).extract().path("items.find { it.kind == 'final' }");
        assertThat(finalEvaluation).containsEntry("plannedOn", endDate.toString()).containsEntry("status", "planned");
        brussels.moveClocksTo(endDate);

        String record = """
                {"attendance":"inPerson","heldOn":"%s","progress":"Works in logistics since September","notes":"Goals reached"}
                """.formatted(endDate);
        evaluations().body(record).post("/piis/v1/evaluations/{id}/record", finalEvaluation.get("id"))
                .then().statusCode(200).body("status", equalTo("completed")).body("heldOn", equalTo(endDate.toString()));

        await().atMost(PATIENCE).until(() -> "completed".equals(brussels.statusOf(contractId)));
        brussels.contract(contractId).body("endedOn", equalTo(endDate.toString())).body("endReason", equalTo("final evaluation"));

        evaluations().body(record).post("/piis/v1/evaluations/{id}/record", finalEvaluation.get("id"))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:cpas:piis:conflict"))
                .body("rule", equalTo("E4"));
        await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> "completed".equals(brussels.statusOf(contractId)));
        brussels.contract(contractId).body("endedOn", equalTo(endDate.toString()));
    }

    @Test
    void E5_S1_an_absence_recorded_in_evaluation_service_opens_exactly_one_breach_case_in_sanctions_service() {
        String contractId = brussels.signedContract("88041227379");
        awaitPlan(contractId);
        List<Map<String, String>> plan = evaluationsOf(contractId).extract().path("items");
        Map<String, String> first = plan.get(0);
        Map<String, String> second = plan.get(1);

        brussels.moveClocksTo(LocalDate.parse(first.get("plannedOn")));
        recordAbsence(first.get("id")).statusCode(200).body("status", equalTo("missed"));

        awaitOneOpenCaseOfMissedEvaluations(contractId, first.get("plannedOn"));

        recordAbsence(first.get("id")).statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("E4"));

        // The broker restarts, perhaps before sanctions-service committed its offsets: what comes again changes nothing.
        platform.stopBroker();
        platform.startBroker();

        // A later absence of the same contract, on the same partition, shows that sanctions-service read past the restart.
        brussels.moveClocksTo(LocalDate.parse(second.get("plannedOn")));
        recordAbsence(second.get("id")).statusCode(200).body("status", equalTo("missed"));
        awaitOneOpenCaseOfMissedEvaluations(contractId, first.get("plannedOn"), second.get("plannedOn"));
    }

    @Test
    void C10_E1_an_amendment_agreed_in_contracts_service_moves_the_evaluation_plan() {
        String contractId = brussels.signedContract("92031408788");
        assertThat(awaitPlan(contractId)).containsExactly("2027-03-31", "2027-07-30", "2027-11-30");

        String amendmentId = contracts()
                .body("{\"reason\":\"The training lasts longer\",%s}".formatted(SocialWorker.content("2028-05-31")))
                .post("/piis/v1/contracts/{id}/amendments", contractId)
                .then().statusCode(201).body("version", nullValue()).extract().path("id");
        agree(contractId, amendmentId, "beneficiary").body("version", nullValue());
        agree(contractId, amendmentId, "cpas").body("version", equalTo(2));
        brussels.contract(contractId).body("version", equalTo(2)).body("endDate", equalTo("2028-05-31"));

        await().atMost(PATIENCE).untilAsserted(() -> evaluationsOf(contractId, "planned")
                .body("items.plannedOn", contains("2027-03-31", "2027-07-30", "2027-11-30", "2028-03-31", "2028-05-31"))
                .body("items.kind", contains("regular", "regular", "regular", "regular", "final")));
        evaluationsOf(contractId, "cancelled")
                .body("items.plannedOn", contains("2027-11-30"))
                .body("items.kind", contains("final"));
    }

    @Test
    void T1_T2_T5_a_move_sends_the_dossier_to_the_competent_cpas_which_takes_it_over_as_a_draft_and_closes_the_old_one() {
        String contractId = brussels.signedContract("91020311274");
        assertThat(awaitPlan(contractId)).hasSize(3);

        String transferId = brussels.startTransfer(contractId, LIEGE, false);

        await().atMost(PATIENCE).until(() -> "delivered".equals(brussels.transferStatus(transferId)));
        await().atMost(PATIENCE).until(() -> "transferred".equals(brussels.statusOf(contractId)));
        liege.incomingTransfer(transferId)
                .body("fromCpas", equalTo(BRUSSELS))
                .body("dossier.beneficiary.ssin", equalTo("91020311274"))
                .body("dossier.contract.goals[0].title", equalTo("Find a job in logistics"))
                .body("dossier.contract.goals[0].steps[0].description", equalTo("Register with Actiris"))
                .body("dossier.contract.commitments[0].party", equalTo("cpas"))
                .body("dossier.evaluations.planned", equalTo(3))
                .body("dossier.evaluations.held", equalTo(0));

        String draftId = liege.at("transfer-service")
                .body("{\"takeOver\":\"full\",\"reasons\":\"The project fits the offer in Liège\",\"risDecisionDate\":\"2026-12-01\"}")
                .post("/piis/v1/incomingTransfers/{id}/takeOver", transferId).then().statusCode(200)
                .body("takeOver", equalTo("full")).extract().path("draftContractId");
        liege.contract(draftId)
                .body("status", equalTo("draft"))
                .body("goals[0].title", equalTo("Find a job in logistics"))
                .body("goals[0].steps[0].description", equalTo("Register with Actiris"));
    }

    @Test
    void T3_after_the_beneficiarys_refusal_the_new_cpas_receives_the_move_and_no_content() {
        String contractId = brussels.signedContract("93050622135");

        String transferId = brussels.startTransfer(contractId, LIEGE, true);

        liege.receivesOnlyTheMove(transferId, "93050622135");
    }

    private static ValidatableResponse agree(String contractId, String amendmentId, String party) {
        return contracts().body("{\"party\":\"" + party + "\"}")
                .post("/piis/v1/contracts/{id}/amendments/{amendmentId}/agreements", contractId, amendmentId)
                .then().statusCode(200);
    }

    /** The evaluation dates once the plan exists; waits a little longer to see that no second plan follows. */
    private static List<String> awaitPlan(String contractId) {
        await().atMost(PATIENCE).until(() -> plannedDates(contractId).size() >= 3);
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        return plannedDates(contractId);
    }

    private static List<String> plannedDates(String contractId) {
        return evaluationsOf(contractId).extract().path("items.plannedOn");
    }

    private static ValidatableResponse evaluationsOf(String contractId) {
        return evaluations().queryParam("contractId", contractId).get("/piis/v1/evaluations").then().statusCode(200);
    }

    private static ValidatableResponse evaluationsOf(String contractId, String status) {
        return evaluations().queryParam("contractId", contractId).queryParam("status", status)
                .get("/piis/v1/evaluations").then().statusCode(200);
    }

    private static ValidatableResponse recordAbsence(String evaluationId) {
        return evaluations().body("{\"attendance\":\"absent\"}").post("/piis/v1/evaluations/{id}/record", evaluationId).then();
    }

    /** Once the facts arrived, the contract has exactly one open case of these missed evaluations, and still a little later. */
    private static void awaitOneOpenCaseOfMissedEvaluations(String contractId, String... plannedOn) {
        await().atMost(PATIENCE).untilAsserted(() -> breachesOf(contractId).body("items[0].facts", hasSize(plannedOn.length)));
        await().during(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() -> breachesOf(contractId)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("open"))
                .body("items[0].facts.origin", everyItem(equalTo("evaluationMissed")))
                .body("items[0].facts.occurredOn", contains(plannedOn)));
    }

    private static ValidatableResponse breachesOf(String contractId) {
        return sanctions().queryParam("contractId", contractId).get("/piis/v1/breaches").then().statusCode(200);
    }

    private static RequestSpecification contracts() {
        return brussels.at("contracts-service");
    }

    private static RequestSpecification evaluations() {
        return brussels.at("evaluation-service");
    }

    private static RequestSpecification sanctions() {
        return brussels.at("sanctions-service");
    }
}
