package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.WORKERS;
import static be.cpas.piis.contracts.api.ContractsApi.as;
import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.contractBody;
import static be.cpas.piis.contracts.api.ContractsApi.draftedContract;
import static be.cpas.piis.contracts.api.ContractsApi.propose;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import be.cpas.piis.contracts.application.ReportingOverdueSteps;
import be.cpas.piis.contracts.domain.StudentCommitments;
import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A contract's life after its draft, through the API and the broker: hearings, partners, steps, endings. */
@QuarkusTest
class ContractLifeTest extends ClockMovingTest {

    private static final String CPAS = "21004";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ReportingOverdueSteps overdueSteps;

    @Test
    void C8_the_contract_cannot_be_signed_while_a_hearing_awaits_its_outcome() {
        String contractId = proposedContract(WORKERS);
        afterReflection(contractId);
        asWorker(CPAS).body("{}").post("/piis/v1/contracts/{id}/hearing", contractId)
                .then().statusCode(200).body("hearing.requestedOn", equalTo(clock.today().toString()));

        asWorker(CPAS).body("{\"party\":\"beneficiary\"}").post("/piis/v1/contracts/{id}/signatures", contractId)
                .then().statusCode(422).body("rule", equalTo("C8"));

        as(CPAS, "COUNCIL").body("{\"outcome\":\"The Council kept the goal and moved the first step by a month\"}")
                .post("/piis/v1/contracts/{id}/hearing/outcome", contractId)
                .then().statusCode(200).body("hearing.heldOn", equalTo(clock.today().toString()));
        asWorker(CPAS).body("{\"party\":\"beneficiary\"}").post("/piis/v1/contracts/{id}/signatures", contractId)
                .then().statusCode(200);
    }

    /** Not a 409 from the database's not-null column: the rule refuses the draft, saying why. */
    @Test
    void C6_a_partner_without_expectations_is_refused() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);
        for (String partner : List.of("{\"name\":\"Bruxelles Formation\"}", "{\"name\":\"Bruxelles Formation\",\"expectations\":\" \"}")) {
            asWorker(CPAS).body(contractBody(beneficiaryId, WORKERS + "\"partners\":[" + partner + "],"))
                    .post("/piis/v1/contracts")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                    .body("rule", equalTo("C6"));
        }
        asWorker(CPAS).queryParam("beneficiaryId", beneficiaryId).get("/piis/v1/contracts").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void C6_C9_a_partner_organisation_states_its_part_and_signs_too() {
        String contractId = proposedContract(WORKERS + """
                "partners":[{"name":"Bruxelles Formation","expectations":"Train Ana as a forklift driver and report attendance monthly"}],
                """);
        String partnerId = asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then()
                .body("partners[0].expectations", equalTo("Train Ana as a forklift driver and report attendance monthly"))
                .extract().path("partners[0].id");
        afterReflection(contractId);
        sign(contractId, "{\"party\":\"beneficiary\"}").body("status", equalTo("proposed"));
        sign(contractId, "{\"party\":\"cpas\"}").body("status", equalTo("proposed"));

        asWorker(CPAS).body("{\"party\":\"partner\",\"partnerId\":\"" + UUID.randomUUID() + "\"}")
                .post("/piis/v1/contracts/{id}/signatures", contractId).then().statusCode(422).body("rule", equalTo("C6"));
        sign(contractId, "{\"party\":\"partner\",\"partnerId\":\"" + partnerId + "\"}")
                .body("status", equalTo("active"))
                .body("signatures.party", hasItems("beneficiary", "cpas", "partner"));
    }

    @Test
    void C11_a_student_contract_carries_the_student_commitments_and_needs_a_studies_goal() {
        String beneficiaryId = registeredBeneficiary(CPAS, null);
        String student = draftedContract(CPAS, contractBody(beneficiaryId, "student", "studies", WORKERS));

        asWorker(CPAS).get("/piis/v1/contracts/{id}", student).then().statusCode(200)
                .body("type", equalTo("student"))
                .body("commitments.description", hasItems(StudentCommitments.STANDARD.toArray(String[]::new)))
                .body("commitments.party", hasItem("cpas"));

        String withoutStudies = draftedContract(CPAS, contractBody(beneficiaryId, "student", "social", WORKERS));
        asWorker(CPAS).post("/piis/v1/contracts/{id}/proposal", withoutStudies)
                .then().statusCode(422).body("rule", equalTo("C11"));
    }

    @Test
    void C12_a_final_evaluation_completes_the_contract_once_even_when_delivered_twice() {
        String contractId = activeContract();
        String eventId = UUID.randomUUID().toString();
        String payload = """
                {"evaluationId":"%s","contractId":"%s","cpas":"%s","heldOn":"2027-11-30"}
                """.formatted(UUID.randomUUID(), contractId, CPAS);

        EventLog.publishCloudEvent(Topics.EVALUATIONS, eventId, EventType.FINAL_EVALUATION_COMPLETED.type(), contractId, payload);
        EventLog.publishCloudEvent(Topics.EVALUATIONS, eventId, EventType.FINAL_EVALUATION_COMPLETED.type(), contractId, payload);

        await().atMost(PATIENCE).untilAsserted(() -> asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId)
                .then().body("status", equalTo("completed")).body("endedOn", equalTo("2027-11-30")));
        assertThat(awaitEnded(contractId)).hasSize(1).allSatisfy(record -> assertThat(record.value()).contains("\"outcome\":\"completed\""));
    }

    @Test
    void C12_a_completed_transfer_closes_the_contract_as_transferred() {
        String contractId = activeContract();

        EventLog.publishCloudEvent(Topics.TRANSFERS, UUID.randomUUID().toString(), EventType.TRANSFER_COMPLETED.type(), contractId, """
                {"transferId":"%s","contractId":"%s","cpas":"%s","toCpas":"62063","completedOn":"%s"}
                """.formatted(UUID.randomUUID(), contractId, CPAS, LocalDate.now(PiisClock.BRUSSELS)));

        await().atMost(PATIENCE).untilAsserted(() -> asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId)
                .then().body("status", equalTo("transferred")));
        asWorker(CPAS).body("{\"reason\":\"RIS ended\"}").post("/piis/v1/contracts/{id}/termination", contractId)
                .then().statusCode(409).body("rule", equalTo("C12"));
    }

    @Test
    void C12_the_ris_ending_terminates_the_contract() {
        String contractId = activeContract();

        asWorker(CPAS).body("{\"reason\":\"The beneficiary found a job: the RIS ended\"}")
                .post("/piis/v1/contracts/{id}/termination", contractId)
                .then().statusCode(200)
                .body("status", equalTo("terminated"))
                .body("endReason", equalTo("The beneficiary found a job: the RIS ended"));
        assertThat(awaitEnded(contractId)).hasSize(1);
    }

    @Test
    void C12_a_step_past_its_due_date_is_reported_once_whoever_owns_it() {
        String contractId = activeContract();
        asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().body("goals[0].steps[0].overdue", equalTo(false));
        clock.moveTo(LocalDate.of(2026, 12, 16));
        asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().body("goals[0].steps[0].overdue", equalTo(true));

        overdueSteps.reportBatch();
        overdueSteps.reportBatch();

        List<ConsumerRecord<String, String>> overdue = await().atMost(PATIENCE).until(
                () -> events(contractId, EventType.STEP_OVERDUE), records -> !records.isEmpty());
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        assertThat(events(contractId, EventType.STEP_OVERDUE)).hasSize(1);
        assertThat(overdue.get(0).value()).contains("\"responsible\":\"beneficiary\"", "\"dueDate\":\"2026-12-15\"");
    }

    @Test
    void C12_a_done_step_is_not_reported() {
        String contractId = activeContract();
        String stepId = asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().extract().path("goals[0].steps[0].id");
        asWorker(CPAS).body("{}").post("/piis/v1/contracts/{id}/steps/{stepId}/completion", contractId, stepId)
                .then().statusCode(200).body("goals[0].steps[0].status", equalTo("done"));
        clock.moveTo(LocalDate.of(2026, 12, 16));
        asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().body("goals[0].steps[0].overdue", equalTo(false));

        overdueSteps.reportBatch();

        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertThat(events(contractId, EventType.STEP_OVERDUE)).isEmpty();
    }

    @Test
    void X4_every_change_is_in_the_audit_trail_with_who_when_and_the_state_before_and_after() {
        String contractId = activeContract();
        EventLog.publishCloudEvent(Topics.EVALUATIONS, UUID.randomUUID().toString(), EventType.FINAL_EVALUATION_COMPLETED.type(),
                contractId, "{\"evaluationId\":\"" + UUID.randomUUID() + "\",\"contractId\":\"" + contractId
                        + "\",\"cpas\":\"" + CPAS + "\",\"heldOn\":\"2027-11-30\"}");
        await().atMost(PATIENCE).untilAsserted(() -> asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId)
                .then().body("status", equalTo("completed")));

        as(CPAS, "AUDITOR").get("/piis/v1/contracts/{id}/audit", contractId).then().statusCode(200)
                .body("items.action", contains("drafted", "proposed", "signed", "signed", "completed"))
                .body("items.actor", contains("test-user-21004", "test-user-21004", "test-user-21004", "test-user-21004", "system"))
                .body("items[0].cpas", equalTo(CPAS))
                .body("items[1].factDate", equalTo(LocalDate.now(PiisClock.BRUSSELS).toString()))
                .body("items[1].before.status", equalTo("draft"))
                .body("items[1].after.status", equalTo("proposed"))
                .body("items[3].after.status", equalTo("active"))
                .body("items[4].factDate", equalTo("2027-11-30"))
                .body("items[4].recordedAt", notNullValue());
        asWorker("62063").get("/piis/v1/contracts/{id}/audit", contractId).then().statusCode(404);
        as(CPAS, "CPAS_ADMIN").delete("/piis/v1/contracts/{id}/audit", contractId).then().statusCode(405);
    }

    private String activeContract() {
        String contractId = proposedContract(WORKERS);
        afterReflection(contractId);
        sign(contractId, "{\"party\":\"beneficiary\"}");
        sign(contractId, "{\"party\":\"cpas\"}").body("status", equalTo("active"));
        return contractId;
    }

    private static String proposedContract(String extra) {
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), extra));
        propose(CPAS, contractId);
        return contractId;
    }

    private void afterReflection(String contractId) {
        ContractsApi.afterReflection(CPAS, contractId, clock);
    }

    private static io.restassured.response.ValidatableResponse sign(String contractId, String body) {
        return ContractsApi.sign(CPAS, contractId, body);
    }

    private static List<ConsumerRecord<String, String>> awaitEnded(String contractId) {
        await().atMost(PATIENCE).until(() -> !events(contractId, EventType.CONTRACT_ENDED).isEmpty());
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        return events(contractId, EventType.CONTRACT_ENDED);
    }

    private static List<ConsumerRecord<String, String>> events(String contractId, EventType type) {
        return EventLog.readAll(Topics.CONTRACTS).stream()
                .filter(record -> contractId.equals(record.key()))
                .filter(record -> type.type().equals(EventLog.header(record, CloudEventHeaders.TYPE)))
                .toList();
    }
}
