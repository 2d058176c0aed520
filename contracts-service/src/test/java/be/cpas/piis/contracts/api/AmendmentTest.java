package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.WORKERS;
import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.contractBody;
import static be.cpas.piis.contracts.api.ContractsApi.draftedContract;
import static be.cpas.piis.contracts.api.ContractsApi.propose;
import static be.cpas.piis.contracts.api.ContractsApi.registeredBeneficiary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.persistence.ContractRepository;
import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** C10: amendments agreed by every party become versions; every version stays readable and comparable. */
@QuarkusTest
class AmendmentTest extends ClockMovingTest {

    private static final String CPAS = "21004";
    private static final String PARTNER = """
            "partners":[{"name":"Bruxelles Formation","expectations":"Train Ana as a forklift driver"}],
            """;

    @Inject
    ContractRepository contracts;

    @Test
    void C10_C6_an_amendment_agreed_by_every_party_including_the_partner_makes_version_2() {
        String contractId = activeContractWithPartner();
        String partnerId = asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().extract().path("partners[0].id");

        String amendmentId = asWorker(CPAS).body(amendment("Find a job in a warehouse", "2028-05-31"))
                .post("/piis/v1/contracts/{id}/amendments", contractId)
                .then().statusCode(201).body("version", nullValue()).extract().path("id");
        agree(contractId, amendmentId, "{\"party\":\"beneficiary\"}").body("version", nullValue());
        agree(contractId, amendmentId, "{\"party\":\"cpas\"}").body("version", nullValue());
        asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().body("version", equalTo(1)).body("endDate", equalTo("2027-11-30"));
        asWorker(CPAS).get("/piis/v1/contracts/{id}/amendments", contractId).then().statusCode(200)
                .body("items.id", contains(amendmentId)).body("items[0].agreedOn", nullValue())
                .body("items[0].agreements.party", contains("beneficiary", "cpas"));

        agree(contractId, amendmentId, "{\"party\":\"partner\",\"partnerId\":\"" + partnerId + "\"}").body("version", equalTo(2));

        asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then()
                .body("version", equalTo(2))
                .body("endDate", equalTo("2028-05-31"))
                .body("goals[0].title", equalTo("Find a job in a warehouse"));
        asWorker(CPAS).get("/piis/v1/contracts/{id}/versions", contractId).then().body("items.version", contains(1, 2));
        asWorker(CPAS).get("/piis/v1/contracts/{id}/amendments", contractId).then().body("items[0].version", equalTo(2));
        asWorker("62063").get("/piis/v1/contracts/{id}/amendments", contractId).then().statusCode(404);
        asWorker(CPAS).get("/piis/v1/contracts/{id}/versions/1", contractId).then()
                .body("endDate", equalTo("2027-11-30")).body("goals[0].title", equalTo("Find a job in logistics"));
        asWorker(CPAS).get("/piis/v1/contracts/{id}/versions/1/diff/2", contractId).then().statusCode(200)
                .body("items.path", hasItem("/endDate"))
                .body("items.path", hasItem("/goals/0/title"))
                .body("items.find { it.path == '/endDate' }.before", equalTo("2027-11-30"))
                .body("items.find { it.path == '/endDate' }.after", equalTo("2028-05-31"));
        await().atMost(Duration.ofSeconds(30)).until(() -> EventLog.readAll(Topics.CONTRACTS).stream()
                .anyMatch(record -> contractId.equals(record.key())
                        && EventType.CONTRACT_AMENDED.type().equals(EventLog.header(record, CloudEventHeaders.TYPE))
                        && record.value().contains("\"version\":2")));
    }

    @Test
    void C10_only_an_active_contract_is_amended_and_one_amendment_at_a_time() {
        String draft = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), WORKERS));
        asWorker(CPAS).body(amendment("Anything", "2028-01-31")).post("/piis/v1/contracts/{id}/amendments", draft)
                .then().statusCode(409).body("rule", equalTo("C10"));

        String contractId = activeContractWithPartner();
        asWorker(CPAS).body(amendment("First change", "2028-01-31")).post("/piis/v1/contracts/{id}/amendments", contractId)
                .then().statusCode(201);
        asWorker(CPAS).body(amendment("Second change", "2028-02-29")).post("/piis/v1/contracts/{id}/amendments", contractId)
                .then().statusCode(409).body("rule", equalTo("C10"));
        asWorker(CPAS).get("/piis/v1/contracts/{id}/versions/7", contractId).then().statusCode(404);
        asWorker(CPAS).get("/piis/v1/contracts/{id}/versions/0", contractId).then().statusCode(400);
    }

    @Test
    void C3_C10_an_amendment_keeps_what_a_proposed_contract_must_say() {
        String contractId = activeContractWithPartner();
        String withoutCpasCommitment = amendment("Find a job in a warehouse", "2028-05-31")
                .replace("{\"party\":\"cpas\",\"description\":\"Pay the enrolment fee of the warehouse training\"}",
                        "{\"party\":\"beneficiary\",\"description\":\"Attend the warehouse training\"}");

        asWorker(CPAS).body(withoutCpasCommitment).post("/piis/v1/contracts/{id}/amendments", contractId)
                .then().statusCode(422).body("rule", equalTo("C3"));
        asWorker(CPAS).body(amendment("Find a job", "2026-11-30")).post("/piis/v1/contracts/{id}/amendments", contractId)
                .then().statusCode(422).body("rule", equalTo("C3"));
    }

    @Test
    void C10_a_party_agrees_once() {
        String contractId = activeContractWithPartner();
        String amendmentId = asWorker(CPAS).body(amendment("A change", "2028-01-31"))
                .post("/piis/v1/contracts/{id}/amendments", contractId).then().statusCode(201).extract().path("id");
        agree(contractId, amendmentId, "{\"party\":\"cpas\"}");

        asWorker(CPAS).body("{\"party\":\"cpas\"}").post("/piis/v1/contracts/{id}/amendments/{aid}/agreements", contractId, amendmentId)
                .then().statusCode(409).body("rule", equalTo("C10"));
        assertThat(asWorker("62063").get("/piis/v1/contracts/{id}/amendments/{aid}", contractId, amendmentId).statusCode()).isEqualTo(404);
    }

    @Test
    void C11_C10_C12_a_student_contract_goes_from_draft_to_active_to_an_amendment_to_completed() {
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), "student", "studies", WORKERS));
        activate(contractId, new String[] {"{\"party\":\"beneficiary\"}", "{\"party\":\"cpas\"}"});
        // C11: the amended student contract keeps a studies goal.
        String amendmentId = asWorker(CPAS).body(amendment("Pass the second year of the bachelor", "2028-09-14")
                        .replace("\"kind\":\"professional\"", "\"kind\":\"studies\""))
                .post("/piis/v1/contracts/{id}/amendments", contractId).then().statusCode(201).extract().path("id");
        agree(contractId, amendmentId, "{\"party\":\"beneficiary\"}");
        agree(contractId, amendmentId, "{\"party\":\"cpas\"}").body("version", equalTo(2));
        asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then()
                .body("commitments.description", hasItem("Sit the exams"));

        completeByFinalEvaluation(contractId);
    }

    @Test
    void C6_C10_C12_a_contract_with_a_partner_goes_from_draft_to_active_to_an_amendment_to_completed() {
        String contractId = activeContractWithPartner();
        String partnerId = asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().extract().path("partners[0].id");
        String amendmentId = asWorker(CPAS).body(amendment("Find a job in a warehouse", "2028-05-31"))
                .post("/piis/v1/contracts/{id}/amendments", contractId).then().statusCode(201).extract().path("id");
        for (String party : new String[] {"{\"party\":\"beneficiary\"}", "{\"party\":\"cpas\"}",
            "{\"party\":\"partner\",\"partnerId\":\"" + partnerId + "\"}"}) {
            agree(contractId, amendmentId, party);
        }

        completeByFinalEvaluation(contractId);
    }

    @Test
    void C10_of_two_concurrent_changes_of_a_contract_the_later_one_fails() {
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), WORKERS));
        propose(CPAS, contractId);
        Contract readBeforeTheOtherChange = QuarkusTransaction.requiringNew().call(() -> contracts.findById(UUID.fromString(contractId)));

        asWorker(CPAS).body("{}").post("/piis/v1/contracts/{id}/hearing", contractId).then().statusCode(200);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            readBeforeTheOtherChange.requestHearing(clock.today(), clock.today());
            contracts.getEntityManager().merge(readBeforeTheOtherChange);
        })).satisfies(failure -> assertThat(causes(failure)).anyMatch(OptimisticLockException.class::isInstance));
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static void completeByFinalEvaluation(String contractId) {
        EventLog.publishCloudEvent(Topics.EVALUATIONS, UUID.randomUUID().toString(),
                EventType.FINAL_EVALUATION_COMPLETED.type(), contractId,
                "{\"evaluationId\":\"" + UUID.randomUUID() + "\",\"contractId\":\"" + contractId
                        + "\",\"cpas\":\"" + CPAS + "\",\"heldOn\":\"2028-05-31\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId)
                .then().body("status", equalTo("completed")));
    }

    private String activeContractWithPartner() {
        String contractId = draftedContract(CPAS, contractBody(registeredBeneficiary(CPAS, null), WORKERS + PARTNER));
        propose(CPAS, contractId);
        String partnerId = asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().extract().path("partners[0].id");
        activate(contractId, new String[] {"{\"party\":\"beneficiary\"}", "{\"party\":\"cpas\"}",
            "{\"party\":\"partner\",\"partnerId\":\"" + partnerId + "\"}"});
        return contractId;
    }

    /** Proposes the draft when needed, waits out the reflection period and records every signature. */
    private void activate(String contractId, String[] signatures) {
        if ("draft".equals(asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().extract().path("status"))) {
            propose(CPAS, contractId);
        }
        String reflectionEndsOn = asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().extract().path("reflectionEndsOn");
        clock.moveTo(LocalDate.parse(reflectionEndsOn).plusDays(1));
        for (String signature : signatures) {
            asWorker(CPAS).body(signature).post("/piis/v1/contracts/{id}/signatures", contractId).then().statusCode(200);
        }
        asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().body("status", equalTo("active"));
    }

    private static io.restassured.response.ValidatableResponse agree(String contractId, String amendmentId, String body) {
        return asWorker(CPAS).body(body).post("/piis/v1/contracts/{id}/amendments/{aid}/agreements", contractId, amendmentId)
                .then().statusCode(200);
    }

    private static String amendment(String goalTitle, String endDate) {
        return """
                {"reason":"Ana found a training closer to home","startDate":"2026-12-01","endDate":"%s",
                 "referentWorker":"Marie Dubois","replacementWorker":"Jan Claes",
                 "goals":[{"kind":"professional","title":"%s",
                   "steps":[{"description":"Enrol in the warehouse training","responsible":"beneficiary","dueDate":"2027-02-15"}]}],
                 "commitments":[{"party":"cpas","description":"Pay the enrolment fee of the warehouse training"}],
                 "partners":[{"name":"Bruxelles Formation","expectations":"Train Ana in warehouse logistics"}]}
                """.formatted(endDate, goalTitle);
    }
}
