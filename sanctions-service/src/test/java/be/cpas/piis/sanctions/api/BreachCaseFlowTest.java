package be.cpas.piis.sanctions.api;

import static be.cpas.piis.sanctions.api.SanctionsApi.BRUSSELS;
import static be.cpas.piis.sanctions.api.SanctionsApi.PATIENCE;
import static be.cpas.piis.sanctions.api.SanctionsApi.as;
import static be.cpas.piis.sanctions.api.SanctionsApi.asCouncil;
import static be.cpas.piis.sanctions.api.SanctionsApi.asWorker;
import static be.cpas.piis.sanctions.api.SanctionsApi.cases;
import static be.cpas.piis.sanctions.api.SanctionsApi.publish;
import static be.cpas.piis.sanctions.api.SanctionsApi.published;
import static be.cpas.piis.sanctions.api.SanctionsApi.reportedBreach;
import static be.cpas.piis.sanctions.api.SanctionsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.document.PdfText;
import be.cpas.piis.sanctions.application.LapsingDeferredSanctions;
import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/** S1-S8 through the API, with the events of the other services on the real broker. */
@QuarkusTest
class BreachCaseFlowTest extends ClockMovingTest {

    @Inject
    LapsingDeferredSanctions lapsing;

    @Test
    void S1_an_absence_delivered_twice_opens_exactly_one_case_which_gathers_the_contracts_other_facts() {
        String beneficiaryId = UUID.randomUUID().toString();
        String contractId = signedContract(beneficiaryId);
        String evaluationId = UUID.randomUUID().toString();
        String missed = """
                {"evaluationId":"%s","contractId":"%s","cpas":"%s","beneficiaryId":"%s","plannedOn":"2027-03-31"}
                """.formatted(evaluationId, contractId, BRUSSELS, beneficiaryId);
        String eventId = UUID.randomUUID().toString();

        EventLog.publishCloudEvent(Topics.EVALUATIONS, eventId, EventType.EVALUATION_MISSED.type(), contractId, missed);
        EventLog.publishCloudEvent(Topics.EVALUATIONS, eventId, EventType.EVALUATION_MISSED.type(), contractId, missed);
        publish(Topics.EVALUATIONS, EventType.EVALUATION_MISSED, contractId, missed);
        await().atMost(PATIENCE).until(() -> cases(contractId).size() == 1);
        publish(Topics.CONTRACTS, EventType.STEP_OVERDUE, contractId, stepOverdue(contractId, beneficiaryId, "beneficiary"));
        publish(Topics.CONTRACTS, EventType.STEP_OVERDUE, contractId, stepOverdue(contractId, beneficiaryId, "cpas"));
        publish(Topics.CONTRACTS, EventType.STEP_OVERDUE, contractId, stepOverdue(contractId, beneficiaryId, "partner"));
        await().atMost(PATIENCE).untilAsserted(() -> asWorker().queryParam("contractId", contractId).get("/piis/v1/breaches")
                .then().body("items[0].facts.origin", contains("evaluationMissed", "stepOverdue")));
        publish(Topics.EVALUATIONS, EventType.RESULTS_OVERDUE, contractId, """
                {"studentResultId":"%s","contractId":"%s","cpas":"%s","beneficiaryId":"%s","publishedOn":"2027-06-25","dueBy":"2027-07-06"}
                """.formatted(UUID.randomUUID(), contractId, BRUSSELS, beneficiaryId));

        await().atMost(PATIENCE).untilAsserted(() -> asWorker().queryParam("contractId", contractId).get("/piis/v1/breaches")
                .then().body("items", hasSize(1)).body("items[0].facts.origin", contains("evaluationMissed", "stepOverdue", "resultsOverdue")));
        assertThat(published(contractId, EventType.BREACH_REPORTED)).singleElement().asString().contains("\"origin\":\"evaluationMissed\"");
        as("62063", "SOCIAL_WORKER").get("/piis/v1/breaches/{id}", cases(contractId).get(0)).then().statusCode(404);
    }

    @Test
    void S2_S3_S4_S6_S8_a_case_goes_from_the_formal_notice_to_a_notified_suspension_and_its_compliance_record() {
        clock.moveTo(LocalDate.of(2027, 4, 21));
        String contractId = signedContract(UUID.randomUUID().toString());
        String breachId = reportedBreach(contractId, LocalDate.of(2027, 3, 31));

        decide(breachId, "P1M", "2027-05-01").then().statusCode(422).body("rule", equalTo("S2"));
        asWorker().body("""
                {"expected":"Attend the workshop of 12 April and bring the attendance sheet","sentOn":"2027-04-01"}
                """).post("/piis/v1/breaches/{id}/formalNotice", breachId).then().statusCode(200)
                .body("status", equalTo("noticeSent"))
                .body("formalNotice.respondBy", equalTo("2027-04-16"));
        decide(breachId, "P1M", "2027-05-01").then().statusCode(422).body("rule", equalTo("S3"));
        asWorker().body("{\"opinion\":\"Second missed workshop; knows the rules\",\"givenOn\":\"2027-04-10\"}")
                .post("/piis/v1/breaches/{id}/opinion", breachId).then().statusCode(200);
        asWorker().body("{\"requestedOn\":\"2027-04-11\"}").post("/piis/v1/breaches/{id}/hearingRequest", breachId).then().statusCode(200)
                .body("status", equalTo("hearingRequested"));
        decide(breachId, "P1M", "2027-05-01").then().statusCode(422).body("rule", equalTo("S4"));
        asWorker().body("""
                {"heldOn":"2027-04-19","present":true,"assistedBy":"Me Janssens, lawyer","summary":"No reason given for the absence"}
                """).post("/piis/v1/breaches/{id}/hearing", breachId).then().statusCode(200).body("status", equalTo("heard"));
        asWorker().body(decision("P1M", "2027-05-01")).post("/piis/v1/breaches/{id}/decision", breachId).then().statusCode(403);
        decide(breachId, "P2M", "2027-05-01").then().statusCode(422).body("rule", equalTo("S6"));
        decide(breachId, "P1M", "2027-05-01").then().statusCode(200)
                .body("status", equalTo("decided"))
                .body("decision.endsOn", equalTo("2027-05-31"))
                .body("decision.capMonths", equalTo(1));

        asWorker().body("{\"postedOn\":\"2027-04-21\"}").post("/piis/v1/breaches/{id}/notification", breachId).then().statusCode(200)
                .body("status", equalTo("suspended"))
                .body("notification.notifiedOn", equalTo("2027-04-26"))
                .body("notification.appealDeadline", equalTo("2027-07-26"))
                .body("notification.tribunalName", equalTo("Tribunal du travail francophone de Bruxelles"));

        assertThat(published(contractId, EventType.SANCTION_EXECUTED)).singleElement().asString()
                .contains("\"scope\":\"partial\"", "\"percentage\":30", "\"suspensionFrom\":\"2027-05-01\"", "\"suspensionTo\":\"2027-05-31\"");
        assertThat(published(contractId, EventType.SANCTION_DECIDED)).hasSize(1);
        assertThat(published(contractId, EventType.FORMAL_NOTICE_SENT)).hasSize(1);
        String decisionLetter = asWorker().get("/piis/v1/breaches/{id}", breachId).then().extract().path("notification.letter");
        assertThat(PdfText.of(asWorker().get(decisionLetter).then().statusCode(200).extract().asByteArray()))
                .contains("Tribunal du travail francophone de Bruxelles", "Place Poelaert 3, bte 3, 1000 Bruxelles");
        String notice = asWorker().get("/piis/v1/breaches/{id}", breachId).then().extract().path("formalNotice.letter");
        assertThat(PdfText.of(asWorker().get(notice).then().statusCode(200).extract().asByteArray()))
                .contains("Attend the workshop of 12 April and bring the attendance sheet");
        asWorker().get("/piis/v1/breaches/{id}/compliance", breachId).then().statusCode(200)
                .body("safeguards.rule", contains("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"))
                .body("safeguards.find { it.rule == 'S2' }.met", equalTo(true))
                .body("safeguards.find { it.rule == 'S4' }.evidence", notNullValue())
                .body("safeguards.find { it.rule == 'S8' }.met", equalTo(true));
        byte[] record = asWorker().accept("application/pdf").get("/piis/v1/breaches/{id}/compliance", breachId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(PdfText.of(record)).contains("S5", "S8", breachId);
        asWorker().get("/piis/v1/breaches/{id}/audit", breachId).then().statusCode(200)
                .body("items.action", hasItem("notified"));
    }

    @Test
    void S1_a_case_opened_in_error_is_closed_with_its_reasons_audited_and_no_decision() {
        clock.moveTo(LocalDate.of(2027, 4, 21));
        String beneficiaryId = UUID.randomUUID().toString();
        String contractId = signedContract(beneficiaryId);
        publish(Topics.CONTRACTS, EventType.STEP_OVERDUE, contractId, stepOverdue(contractId, beneficiaryId, "beneficiary"));
        await().atMost(PATIENCE).until(() -> cases(contractId).size() == 1);
        String breachId = cases(contractId).get(0);

        asWorker().body("{\"reasons\":\" \"}").post("/piis/v1/breaches/{id}/closure", breachId).then().statusCode(400);
        asWorker().body("{\"reasons\":\"" + "x".repeat(4001) + "\"}").post("/piis/v1/breaches/{id}/closure", breachId).then().statusCode(400);
        asWorker().body("{\"reasons\":\"The step was done on time\",\"closedOn\":\"2027-04-20\"}")
                .post("/piis/v1/breaches/{id}/closure", breachId).then().statusCode(422).body("rule", equalTo("X9"));
        asWorker().body("{\"reasons\":\"The step was done on time; the partner recorded it late\"}")
                .post("/piis/v1/breaches/{id}/closure", breachId).then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("closedOn", equalTo("2027-04-21"))
                .body("closureReasons", equalTo("The step was done on time; the partner recorded it late"))
                .body("decision", equalTo(null));

        asWorker().get("/piis/v1/breaches/{id}/audit", breachId).then().statusCode(200)
                .body("items.find { it.action == 'closedInError' }.after.reasons", equalTo("The step was done on time; the partner recorded it late"))
                .body("items.find { it.action == 'closedInError' }.before.status", equalTo("open"));
        asWorker().body("{\"reasons\":\"Again\"}").post("/piis/v1/breaches/{id}/closure", breachId).then().statusCode(409)
                .body("rule", equalTo("S1"));
        asWorker().body("{\"expected\":\"Attend the next workshop\"}").post("/piis/v1/breaches/{id}/formalNotice", breachId)
                .then().statusCode(409);
        decide(breachId, "P1M", "2027-05-01").then().statusCode(409).body("rule", equalTo("S1"));
        asWorker().queryParam("status", "closed").queryParam("contractId", contractId).get("/piis/v1/breaches").then()
                .body("items.id", contains(breachId));
    }

    @Test
    void S2_no_opinion_before_the_notice_and_no_decision_before_the_answer_date_of_the_notice() {
        clock.moveTo(LocalDate.of(2027, 4, 21));
        String breachId = reportedBreach(signedContract(UUID.randomUUID().toString()), LocalDate.of(2027, 3, 31));

        asWorker().body("{\"opinion\":\"Knows the rules\",\"givenOn\":\"2027-04-02\"}").post("/piis/v1/breaches/{id}/opinion", breachId)
                .then().statusCode(422).body("rule", equalTo("S2"));
        asWorker().body("{\"answer\":\"I was ill\"}").post("/piis/v1/breaches/{id}/formalNotice/answer", breachId)
                .then().statusCode(422).body("rule", equalTo("S2"));
        asWorker().body("{\"expected\":\"Attend the next workshop\",\"sentOn\":\"2027-04-12\"}")
                .post("/piis/v1/breaches/{id}/formalNotice", breachId).then().statusCode(200).body("formalNotice.respondBy", equalTo("2027-04-27"));
        asWorker().body("{\"opinion\":\"Knows the rules\",\"givenOn\":\"2027-04-11\"}").post("/piis/v1/breaches/{id}/opinion", breachId)
                .then().statusCode(422).body("rule", equalTo("X9"));
        asWorker().body("{\"opinion\":\"Knows the rules\",\"givenOn\":\"2027-04-13\"}").post("/piis/v1/breaches/{id}/opinion", breachId)
                .then().statusCode(200);
        decide(breachId, "P1M", "2027-05-01").then().statusCode(422).body("rule", equalTo("S2"));

        asWorker().body("{\"answer\":\"I was ill; the certificate follows\",\"answeredOn\":\"2027-04-20\"}")
                .post("/piis/v1/breaches/{id}/formalNotice/answer", breachId).then().statusCode(200)
                .body("formalNotice.answeredOn", equalTo("2027-04-20"))
                .body("formalNotice.answer", equalTo("I was ill; the certificate follows"));
        decide(breachId, "P1M", "2027-05-01").then().statusCode(200).body("status", equalTo("decided"));
    }

    @Test
    void S5_an_interview_request_the_cpas_left_overdue_makes_a_suspension_impossible() {
        clock.moveTo(LocalDate.of(2027, 4, 21));
        String contractId = signedContract(UUID.randomUUID().toString());
        publish(Topics.EVALUATIONS, EventType.INTERVIEW_OVERDUE, contractId, """
                {"interviewRequestId":"%s","contractId":"%s","cpas":"%s","requestedOn":"2027-03-12","dueBy":"2027-03-19"}
                """.formatted(UUID.randomUUID(), contractId, BRUSSELS));
        String breachId = readyForDecision(contractId, LocalDate.of(2027, 3, 31));

        await().atMost(PATIENCE).untilAsserted(() -> decide(breachId, "P1M", "2027-05-01").then().statusCode(422)
                .body("rule", equalTo("S5")));
        asCouncil().header("Accept-Language", "nl").get("/piis/v1/breaches/{id}/decisionGrounds", breachId).then().statusCode(200)
                .header("Content-Language", "nl-BE")
                .body("suspensionPossible", equalTo(false))
                .body("cpasSide.kept", equalTo(false))
                .body("cpasSide.failures[0].kind", equalTo("interviewOverdue"))
                .body("cpasSide.failures[0].dueOn", equalTo("2027-03-19"))
                .body("cpasSide.summary", containsString("19 maart 2027"));
        asCouncil().body("{\"decision\":\"noSanction\",\"reasons\":\"The CPAS did not hold the interview asked for\"}")
                .post("/piis/v1/breaches/{id}/decision", breachId).then().statusCode(200).body("decision.decision", equalTo("noSanction"));
    }

    @Test
    void S6_a_second_breach_11_months_after_a_sanction_allows_3_months_and_13_months_after_only_1() {
        clock.moveTo(LocalDate.of(2028, 3, 25));
        String recidivist = signedContract(UUID.randomUUID().toString());
        sanctioned(recidivist);
        String again = readyForDecision(recidivist, LocalDate.of(2028, 1, 1));
        asCouncil().get("/piis/v1/breaches/{id}/decisionGrounds", again).then().statusCode(200)
                .body("capMonths", equalTo(3))
                .body("earlierCase", notNullValue())
                .body("cpasSide.kept", equalTo(true))
                .body("suspensionPossible", equalTo(true));
        decide(again, "P3M", "2028-02-01", "2028-01-20").then().statusCode(200)
                .body("decision.capMonths", equalTo(3))
                .body("decision.endsOn", equalTo("2028-04-30"));

        String later = signedContract(UUID.randomUUID().toString());
        sanctioned(later);
        String after13Months = readyForDecision(later, LocalDate.of(2028, 3, 1));
        asCouncil().get("/piis/v1/breaches/{id}/decisionGrounds", after13Months).then().statusCode(200)
                .body("capMonths", equalTo(1))
                .body("earlierCase", nullValue());
        decide(after13Months, "P2M", "2028-04-01", "2028-03-20").then().statusCode(422).body("rule", equalTo("S6"));
        decide(after13Months, "P1M", "2028-04-01", "2028-03-20").then().statusCode(200).body("decision.capMonths", equalTo(1));
    }

    @Test
    void S7_S8_a_deferred_sanction_executes_only_on_a_new_breach_the_council_found_in_its_probation_notified_by_letter_and_otherwise_lapses() {
        clock.moveTo(LocalDate.of(2027, 4, 21));
        String contractId = signedContract(UUID.randomUUID().toString());
        String deferred = deferredAndNotified(contractId);
        String lapsing = deferredAndNotified(signedContract(UUID.randomUUID().toString()));
        assertThat(published(contractId, EventType.SANCTION_EXECUTION_DEFERRED)).singleElement().asString()
                .contains("\"probationEndsOn\":\"2027-10-26\"");
        String execution = "{\"startsOn\":\"%s\",\"reasons\":\"Absent again from the workshop of 8 June without a reason\"}";

        clock.moveTo(LocalDate.of(2027, 6, 10));
        asCouncil().body(execution.formatted("2027-07-06")).post("/piis/v1/breaches/{id}/execution", deferred).then().statusCode(422)
                .body("rule", equalTo("S7"));
        String newBreach = reportedBreach(contractId, LocalDate.of(2027, 6, 8));
        asCouncil().body(execution.formatted("2027-07-06")).post("/piis/v1/breaches/{id}/execution", deferred).then().statusCode(422)
                .body("rule", equalTo("S7"));
        clock.moveTo(LocalDate.of(2027, 6, 30));
        noticeAndOpinion(newBreach, LocalDate.of(2027, 6, 8));
        decide(newBreach, "P1M", "2027-08-01", "2027-06-28").then().statusCode(200);
        asCouncil().body("{\"startsOn\":\"2027-07-06\"}").post("/piis/v1/breaches/{id}/execution", deferred).then().statusCode(400)
                .body("issues[0].name", equalTo("reasons"));
        // Posted on 30 June, the letter counts as received on Monday 5 July: the suspension starts after it.
        asCouncil().body(execution.formatted("2027-07-01")).post("/piis/v1/breaches/{id}/execution", deferred).then().statusCode(422)
                .body("rule", equalTo("S6")).body("detail", containsString("5 juillet 2027"));
        assertThat(SanctionsApi.publishedSoFar(contractId, EventType.SANCTION_EXECUTED)).isEmpty();
        String letter = asCouncil().body(execution.formatted("2027-07-06")).post("/piis/v1/breaches/{id}/execution", deferred).then()
                .statusCode(200)
                .body("status", equalTo("executed"))
                .body("decision.endsOn", equalTo("2027-08-05"))
                .body("execution.newBreachOn", equalTo("2027-06-08"))
                .body("execution.reasons", equalTo("Absent again from the workshop of 8 June without a reason"))
                .body("execution.notification.postedOn", equalTo("2027-06-30"))
                .body("execution.notification.notifiedOn", equalTo("2027-07-05"))
                .body("execution.notification.appealDeadline", equalTo("2027-10-05"))
                .body("execution.notification.tribunalName", equalTo("Tribunal du travail francophone de Bruxelles"))
                .extract().path("execution.notification.letter");
        assertThat(published(contractId, EventType.SANCTION_EXECUTED)).singleElement().asString().contains("\"scope\":\"total\"")
                .contains("\"suspensionFrom\":\"2027-07-06\"");
        assertThat(PdfText.of(asWorker().get(letter).then().statusCode(200).extract().asByteArray())).contains(
                "exécution de la sanction avec sursis", "8 juin 2027", "Absent again from the workshop of 8 June without a reason",
                "du 6 juillet 2027 au 5 août 2027 inclus", "Tribunal du travail francophone de Bruxelles", "mardi 5 octobre 2027",
                "La présidence du Conseil", "La direction générale");
        asWorker().get("/piis/v1/breaches/{id}/letters", deferred).then().statusCode(200).body("items.kind", hasItem("execution"));
        asWorker().get("/piis/v1/breaches/{id}/compliance", deferred).then().statusCode(200).header("Content-Language", "fr-BE")
                .body("safeguards.find { it.rule == 'S7' }.evidence", containsString("après un nouveau manquement du 08/06/2027"));
        asWorker().header("Accept-Language", "nl-BE").get("/piis/v1/breaches/{id}/compliance", deferred).then().statusCode(200)
                .header("Content-Language", "nl-BE")
                .body("safeguards.find { it.rule == 'S7' }.evidence", containsString("na een nieuwe tekortkoming op 08/06/2027"));
        asCouncil().body(execution.formatted("2027-07-06")).post("/piis/v1/breaches/{id}/execution", deferred).then().statusCode(409)
                .body("rule", equalTo("S7"));

        clock.moveTo(LocalDate.of(2027, 10, 27));
        this.lapsing.lapseBatch();
        asWorker().get("/piis/v1/breaches/{id}", lapsing).then().body("status", equalTo("closed"));
    }

    @Test
    void S8_an_annulled_sanction_is_reversed_so_that_payments_are_restored() {
        clock.moveTo(LocalDate.of(2028, 3, 10));
        String contractId = signedContract(UUID.randomUUID().toString());
        String breachId = sanctioned(contractId);

        String appealId = asWorker().body("{\"filedOn\":\"2027-03-15\"}").post("/piis/v1/breaches/{id}/appeals", breachId)
                .then().statusCode(201).extract().path("id");
        asWorker().queryParam("pending", true).get("/piis/v1/appeals").then().statusCode(200).body("items.id", hasItem(appealId));
        asWorker().body("{\"outcome\":\"annulled\",\"judgedOn\":\"2027-09-20\"}").post("/piis/v1/appeals/{id}/judgment", appealId)
                .then().statusCode(200).body("outcome", equalTo("annulled"));

        asWorker().get("/piis/v1/breaches/{id}", breachId).then().body("status", equalTo("annulled"));
        as("62063", "AUDITOR").get("/piis/v1/breaches/{id}/appeals", breachId).then().statusCode(404);
        as(BRUSSELS, "AUDITOR").get("/piis/v1/breaches/{id}/appeals", breachId).then().statusCode(200)
                .body("items.id", contains(appealId)).body("items[0].outcome", equalTo("annulled"));
        assertThat(published(contractId, EventType.APPEAL_FILED)).hasSize(1);
        assertThat(published(contractId, EventType.SANCTION_ANNULLED)).singleElement().asString()
                .contains("\"suspensionFrom\":\"2027-03-01\"", "\"suspensionTo\":\"2027-03-31\"");
    }

    @Test
    void X9_a_breach_not_before_the_contracts_signature_a_notice_not_before_its_facts_and_no_date_in_the_future() {
        clock.moveTo(LocalDate.of(2027, 4, 21));
        String contractId = signedContract(UUID.randomUUID().toString());
        String beforeSignature = """
                {"contractId":"%s","description":"Missed a meeting","occurredOn":"2026-11-30"}""".formatted(contractId);
        await().atMost(PATIENCE).until(() -> asWorker().body(beforeSignature).post("/piis/v1/breaches").statusCode() != 404);
        asWorker().body(beforeSignature).post("/piis/v1/breaches").then().statusCode(422).body("rule", equalTo("X9"));
        asWorker().body(beforeSignature.replace("2026-11-30", "2027-04-22")).post("/piis/v1/breaches").then().statusCode(422)
                .body("rule", equalTo("X9"));
        String breachId = reportedBreach(contractId, LocalDate.of(2027, 4, 1));
        reportedBreach(contractId, LocalDate.of(2027, 4, 12));

        asWorker().body("{\"expected\":\"Attend the next workshop\",\"sentOn\":\"2027-04-10\"}")
                .post("/piis/v1/breaches/{id}/formalNotice", breachId).then().statusCode(422).body("rule", equalTo("X9"));
        asWorker().body("{\"expected\":\"Attend the next workshop\",\"sentOn\":\"2027-04-22\"}")
                .post("/piis/v1/breaches/{id}/formalNotice", breachId).then().statusCode(422).body("rule", equalTo("X9"));
        asWorker().body("{\"expected\":\"Attend the next workshop\",\"sentOn\":\"2027-04-13\",\"respondBy\":\"2027-04-19\"}")
                .post("/piis/v1/breaches/{id}/formalNotice", breachId).then().statusCode(200);
        asWorker().body("{\"opinion\":\"Knows the rules\",\"givenOn\":\"2027-04-14\"}").post("/piis/v1/breaches/{id}/opinion", breachId)
                .then().statusCode(200);
        decide(breachId, "P1M", "2027-05-01", "2027-04-13").then().statusCode(422).body("rule", equalTo("X9"));
        decide(breachId, "P1M", "2027-05-01", "2027-04-22").then().statusCode(422).body("rule", equalTo("X9"));
        decide(breachId, "P1M", "2027-05-01", "2027-04-20").then().statusCode(200);
        asWorker().body("{\"postedOn\":\"2027-04-19\"}").post("/piis/v1/breaches/{id}/notification", breachId).then().statusCode(422)
                .body("rule", equalTo("X9"));
        asWorker().body("{\"postedOn\":\"2027-04-21\"}").post("/piis/v1/breaches/{id}/notification", breachId).then().statusCode(200);
        asWorker().body("{\"filedOn\":\"2027-04-20\"}").post("/piis/v1/breaches/{id}/appeals", breachId).then().statusCode(422)
                .body("rule", equalTo("X9"));
    }

    @Test
    void S8_A4_a_dutch_decision_of_brussels_names_the_nederlandstalige_arbeidsrechtbank_brussel() {
        clock.moveTo(LocalDate.of(2027, 4, 21));
        String breachId = readyForDecision(signedContract(UUID.randomUUID().toString(), "nl"), LocalDate.of(2027, 3, 31));
        decide(breachId, "P1M", "2027-05-01").then().statusCode(200);

        asWorker().body("{\"postedOn\":\"2027-04-21\"}").post("/piis/v1/breaches/{id}/notification", breachId).then().statusCode(200)
                .body("notification.tribunalName", equalTo("Nederlandstalige arbeidsrechtbank Brussel"))
                .body("notification.tribunalAddress", equalTo("Poelaertplein 3, 1000 Brussel"));
        String letter = asWorker().get("/piis/v1/breaches/{id}", breachId).then().extract().path("notification.letter");
        assertThat(PdfText.of(asWorker().get(letter).then().statusCode(200).extract().asByteArray()))
                .contains("Nederlandstalige arbeidsrechtbank Brussel", "Poelaertplein 3, 1000 Brussel", "OCMW Brussel")
                .doesNotContain("Tribunal du travail", "CPAS de Bruxelles");
    }

    @Test
    void X12_a_formal_notice_of_a_cpas_that_kept_no_settings_is_refused_naming_the_missing_setting() {
        clock.moveTo(LocalDate.of(2027, 4, 21));
        String ghent = "44021";
        String contractId = UUID.randomUUID().toString();
        publish(Topics.CONTRACTS, EventType.CONTRACT_SIGNED, contractId, """
                {"contractId":"%s","cpas":"%s","beneficiaryId":"%s","contractType":"general","version":1,
                 "startDate":"2026-12-01","endDate":"2027-11-30","signedOn":"2026-12-01","language":"nl"}
                """.formatted(contractId, ghent, UUID.randomUUID()));
        String report = """
                {"contractId":"%s","description":"Did not attend the workshop","occurredOn":"2027-03-31"}""".formatted(contractId);
        await().atMost(PATIENCE).until(() -> as(ghent, "SOCIAL_WORKER").get("/piis/v1/breaches").statusCode() == 200
                && as(ghent, "SOCIAL_WORKER").body(report).post("/piis/v1/breaches").statusCode() == 201);
        String breachId = as(ghent, "SOCIAL_WORKER").queryParam("contractId", contractId).get("/piis/v1/breaches").then()
                .extract().path("items[0].id");

        as(ghent, "SOCIAL_WORKER").body("{\"expected\":\"Attend the next workshop\"}").post("/piis/v1/breaches/{id}/formalNotice", breachId)
                .then().statusCode(422).body("rule", equalTo("X12")).body("detail", containsString("names.nl"));
        as(ghent, "SOCIAL_WORKER").get("/piis/v1/breaches/{id}", breachId).then().body("status", equalTo("open"));
    }

    @Test
    void A1_S4_the_hearing_asked_for_is_convoked_with_its_day_time_and_place_and_the_letter_kept() throws Exception {
        clock.moveTo(LocalDate.of(2027, 4, 12));
        String breachId = readyForDecision(signedContract(UUID.randomUUID().toString()), LocalDate.of(2027, 3, 31));
        asWorker().body("{\"requestedOn\":\"2027-04-09\"}").post("/piis/v1/breaches/{id}/hearingRequest", breachId).then().statusCode(200);

        asWorker().get("/piis/v1/breaches/{id}/hearingConvocation", breachId).then().statusCode(409).body("rule", equalTo("A1"));
        asCouncil().body("{\"plannedOn\":\"2027-04-19\",\"startsAt\":\"18:30\",\"place\":\"Salle du Conseil, Rue Haute 298A, 1000 Bruxelles\"}")
                .put("/piis/v1/breaches/{id}/hearingAppointment", breachId).then().statusCode(200)
                .body("hearing.plannedOn", equalTo("2027-04-19"));

        byte[] convocation = asWorker().get("/piis/v1/breaches/{id}/hearingConvocation", breachId)
                .then().statusCode(200).header("Content-Language", "fr-BE").extract().asByteArray();
        assertThat(PdfText.of(convocation)).contains("Convocation à l'audition", "lundi 19 avril 2027", "18:30",
                "Salle du Conseil, Rue Haute 298A, 1000 Bruxelles", "vous faire assister ou représenter");
        byte[] ics = asWorker().accept("text/calendar").get("/piis/v1/breaches/{id}/hearingConvocation", breachId).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asByteArray();
        asWorker().get("/piis/v1/breaches/{id}/hearingConvocation.ics", breachId).then().statusCode(200)
                .header("Deprecation", "true").header("Link", containsString("successor-version"))
                .contentType(startsWith("text/calendar")).body(containsString("BEGIN:VEVENT"));
        VEvent event = new CalendarBuilder().build(new ByteArrayInputStream(ics)).<VEvent>getComponent(VEvent.VEVENT).orElseThrow();
        assertThat(Instant.from(event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2027-04-19T16:30:00Z"));
        asWorker().body("{\"sentOn\":\"2027-04-12\"}").post("/piis/v1/breaches/{id}/letters", breachId).then().statusCode(201)
                .body("kind", equalTo("hearingConvocation"));
        asWorker().get("/piis/v1/breaches/{id}/letters", breachId).then().body("items.kind", contains("formalNotice", "hearingConvocation"));
    }

    @Test
    void X6_a_hearing_set_by_hand_on_a_saturday_a_sunday_or_a_public_holiday_is_refused() {
        clock.moveTo(LocalDate.of(2027, 4, 12));
        String breachId = readyForDecision(signedContract(UUID.randomUUID().toString()), LocalDate.of(2027, 3, 31));
        asWorker().body("{\"requestedOn\":\"2027-04-09\"}").post("/piis/v1/breaches/{id}/hearingRequest", breachId).then().statusCode(200);

        for (String notAWorkingDay : new String[] {"2027-04-17", "2027-04-18", "2027-05-06", "2027-07-21"}) {
            asCouncil().body("{\"plannedOn\":\"" + notAWorkingDay + "\",\"startsAt\":\"18:30\",\"place\":\"Salle du Conseil\"}")
                    .put("/piis/v1/breaches/{id}/hearingAppointment", breachId).then().statusCode(422).body("rule", equalTo("X6"));
        }
        asCouncil().body("{\"plannedOn\":\"2027-04-09\",\"startsAt\":\"18:30\",\"place\":\"Salle du Conseil\"}")
                .put("/piis/v1/breaches/{id}/hearingAppointment", breachId).then().statusCode(400);
        asCouncil().body("{\"plannedOn\":\"2027-04-19\",\"startsAt\":\"18:30\",\"place\":\"Salle du Conseil\"}")
                .put("/piis/v1/breaches/{id}/hearingAppointment", breachId).then().statusCode(200).body("hearing.plannedOn", equalTo("2027-04-19"));
    }

    /** A case of the contract with its notice and opinion, ready for the Council. */
    private static String readyForDecision(String contractId, LocalDate breachOn) {
        return noticeAndOpinion(reportedBreach(contractId, breachOn), breachOn);
    }

    /** The formal notice two days after the breach, the opinion two days later. */
    private static String noticeAndOpinion(String breachId, LocalDate breachOn) {
        asWorker().body("{\"expected\":\"Attend the next workshop\",\"sentOn\":\"" + breachOn.plusDays(2) + "\"}")
                .post("/piis/v1/breaches/{id}/formalNotice", breachId).then().statusCode(200);
        asWorker().body("{\"opinion\":\"Missed without excuse\",\"givenOn\":\"" + breachOn.plusDays(4) + "\"}")
                .post("/piis/v1/breaches/{id}/opinion", breachId).then().statusCode(200);
        return breachId;
    }

    /** A first sanction: a breach of 10 January 2027, a month suspended from 1 March 2027, decided on 1 February and notified. */
    private static String sanctioned(String contractId) {
        String breachId = readyForDecision(contractId, LocalDate.of(2027, 1, 10));
        decide(breachId, "P1M", "2027-03-01", "2027-02-01").then().statusCode(200);
        asWorker().body("{\"postedOn\":\"2027-02-03\"}").post("/piis/v1/breaches/{id}/notification", breachId).then().statusCode(200);
        return breachId;
    }

    private static String deferredAndNotified(String contractId) {
        String breachId = readyForDecision(contractId, LocalDate.of(2027, 3, 31));
        asCouncil().body("""
                {"decision":"suspension","scope":"total","length":"P1M","deferral":{"probationMonths":6},
                 "reasons":"Absent without excuse; a last chance","decidedOn":"2027-04-20"}
                """).post("/piis/v1/breaches/{id}/decision", breachId).then().statusCode(200);
        asWorker().body("{\"postedOn\":\"2027-04-21\"}").post("/piis/v1/breaches/{id}/notification", breachId).then().statusCode(200)
                .body("status", equalTo("deferred"));
        return breachId;
    }

    private static io.restassured.response.Response decide(String breachId, String length, String startsOn) {
        return asCouncil().body(decision(length, startsOn)).post("/piis/v1/breaches/{id}/decision", breachId);
    }

    private static io.restassured.response.Response decide(String breachId, String length, String startsOn, String decidedOn) {
        return asCouncil().body(decision(length, startsOn).replace("}", ",\"decidedOn\":\"" + decidedOn + "\"}"))
                .post("/piis/v1/breaches/{id}/decision", breachId);
    }

    private static String decision(String length, String startsOn) {
        return """
                {"decision":"suspension","scope":"partial","percentage":30,"startsOn":"%s","length":"%s",
                 "reasons":"Second unexcused absence after a formal notice; heard on 19 April"}""".formatted(startsOn, length);
    }

    private static String stepOverdue(String contractId, String beneficiaryId, String responsible) {
        return """
                {"contractId":"%s","cpas":"%s","beneficiaryId":"%s","stepId":"%s","responsible":"%s","dueDate":"2027-03-15"}
                """.formatted(contractId, BRUSSELS, beneficiaryId, UUID.randomUUID(), responsible);
    }
}
