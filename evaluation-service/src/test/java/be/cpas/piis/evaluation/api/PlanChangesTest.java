package be.cpas.piis.evaluation.api;

import static be.cpas.piis.evaluation.api.EvaluationsApi.BRUSSELS;
import static be.cpas.piis.evaluation.api.EvaluationsApi.PATIENCE;
import static be.cpas.piis.evaluation.api.EvaluationsApi.as;
import static be.cpas.piis.evaluation.api.EvaluationsApi.asWorker;
import static be.cpas.piis.evaluation.api.EvaluationsApi.evaluationIds;
import static be.cpas.piis.evaluation.api.EvaluationsApi.publishedSoFar;
import static be.cpas.piis.evaluation.api.EvaluationsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** E1: the plan follows the contract (amendments, early end) and the social worker's moves, never below 3 evaluations a year. */
@QuarkusTest
class PlanChangesTest extends ClockMovingTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Test
    void E1_an_amendment_with_new_dates_moves_the_plan_once() {
        String contractId = signedContract();
        String amendmentEventId = UUID.randomUUID().toString();

        publishAmendment(amendmentEventId, contractId, 2, LocalDate.of(2028, 5, 31));
        await().atMost(PATIENCE).until(() -> evaluationIds(contractId).size() == 6);
        publishAmendment(amendmentEventId, contractId, 2, LocalDate.of(2028, 5, 31));
        publishAmendment(UUID.randomUUID().toString(), contractId, 2, LocalDate.of(2028, 5, 31));
        String marker = signedContract();

        assertThat(evaluationIds(marker)).hasSize(3);
        asWorker().queryParam("contractId", contractId).queryParam("status", "planned").get("/piis/v1/evaluations")
                .then().statusCode(200)
                .body("items.plannedOn", contains("2027-03-31", "2027-07-30", "2027-11-30", "2028-03-31", "2028-05-31"))
                .body("items.kind", contains("regular", "regular", "regular", "regular", "final"));
        asWorker().queryParam("contractId", contractId).queryParam("status", "cancelled").get("/piis/v1/evaluations")
                .then().statusCode(200)
                .body("items.plannedOn", contains("2027-11-30"))
                .body("items.kind", contains("final"));
        assertThat(evaluationIds(contractId)).hasSize(6);
    }

    @Test
    void E1_C12_a_contract_terminated_early_cancels_the_evaluations_and_interviews_to_come() {
        String contractId = signedContract();
        String interviewId = asWorker().body("{\"contractId\":\"" + contractId + "\"}").post("/piis/v1/interviewRequests")
                .then().statusCode(201).extract().path("id");

        EventLog.publishCloudEvent(Topics.CONTRACTS, UUID.randomUUID().toString(), EventType.CONTRACT_ENDED.type(), contractId, """
                {"contractId":"%s","cpas":"%s","beneficiaryId":"%s","outcome":"terminated","endedOn":"2027-05-15"}
                """.formatted(contractId, BRUSSELS, UUID.randomUUID()));

        await().atMost(PATIENCE).untilAsserted(() -> asWorker().queryParam("contractId", contractId).get("/piis/v1/evaluations")
                .then().body("items.status", contains("planned", "cancelled", "cancelled")));
        asWorker().get("/piis/v1/interviewRequests/{id}", interviewId).then().statusCode(200).body("status", equalTo("cancelled"));
        move(evaluationIds(contractId).get(0), "2027-06-01").then().statusCode(422).body("rule", equalTo("E1"))
                .body("detail", containsString("au 15 mai 2027"));
        asWorker().body("{\"contractId\":\"" + contractId + "\"}").post("/piis/v1/interviewRequests")
                .then().statusCode(409).body("rule", equalTo("E3"));
    }

    @Test
    void E1_X4_moving_an_evaluation_is_refused_when_a_year_would_hold_fewer_than_three_and_audited_when_done() {
        String contractId = signedContract(BRUSSELS, "general", START, LocalDate.of(2028, 11, 30), "fr");
        List<String> ids = evaluationIds(contractId);
        assertThat(ids).hasSize(6);

        move(ids.get(2), "2028-01-14").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                .body("rule", equalTo("E1"));
        move(ids.get(2), "2029-01-10").then().statusCode(422).body("rule", equalTo("E1"));
        move(ids.get(2), "2026-01-10").then().statusCode(400).body("issues[0].name", equalTo("plannedOn"));
        as("62063").body(appointment("2027-08-20")).put("/piis/v1/evaluations/{id}/appointment", ids.get(1)).then().statusCode(404);

        move(ids.get(1), "2027-08-20").then().statusCode(200)
                .body("plannedOn", equalTo("2027-08-20"))
                .body("appointment.startsAt", equalTo("14:00:00"))
                .body("appointment.place", equalTo("Antenne Nord, Rue Stephenson 80, 1000 Bruxelles"))
                .body("appointment.convocationSentOn", nullValue());
        await().atMost(PATIENCE).until(() -> publishedSoFar(contractId, EventType.EVALUATION_SCHEDULED).stream()
                .anyMatch(event -> event.contains("2027-08-20")));
        asWorker().queryParam("contractId", contractId).queryParam("status", "planned").get("/piis/v1/evaluations")
                .then().body("items", hasSize(6));
        asWorker().get("/piis/v1/evaluations/{id}/audit", ids.get(1)).then().statusCode(200)
                .body("items.action", contains("moved"))
                .body("items[0].before.day", equalTo("2027-07-30"))
                .body("items[0].after.day", equalTo("2027-08-20"))
                .body("items[0].actor", equalTo("test-user-21004"));
    }

    @Test
    void a_social_worker_lists_the_evaluations_due_in_the_coming_days() {
        String ghent = "44021";
        String mine = signedContract(ghent, "general", START, LocalDate.of(2027, 11, 30), "nl");
        signedContract(ghent, "general", START.plusMonths(1), LocalDate.of(2027, 12, 31), "nl");
        clock.moveTo(LocalDate.of(2027, 3, 20));

        as(ghent).queryParam("dueWithinDays", 14).get("/piis/v1/evaluations")
                .then().statusCode(200).body("items.plannedOn", contains("2027-03-31"))
                .body("items.contractId", contains(mine));
        as(ghent).queryParam("dueWithinDays", 14).queryParam("socialWorker", "Marie Dubois").get("/piis/v1/evaluations")
                .then().body("items", hasSize(1));
        as(ghent).queryParam("dueWithinDays", 14).queryParam("socialWorker", "Someone Else").get("/piis/v1/evaluations")
                .then().body("items", hasSize(0));
        as(ghent).queryParam("dueWithinDays", 60).get("/piis/v1/evaluations")
                .then().body("items.plannedOn", contains("2027-03-31", "2027-04-30"));
        as(ghent).queryParam("status", "late").get("/piis/v1/evaluations")
                .then().statusCode(400).body("issues[0].name", equalTo("status"));
    }

    @Test
    void a_social_worker_lists_the_evaluations_of_a_week_of_their_calendar() {
        String ghent = "44022";
        String mine = signedContract(ghent, "general", START, LocalDate.of(2027, 11, 30), "nl");

        as(ghent).queryParam("socialWorker", "Marie Dubois").queryParam("plannedFrom", "2027-03-29").queryParam("plannedUntil", "2027-04-04")
                .get("/piis/v1/evaluations")
                .then().statusCode(200).body("items.plannedOn", contains("2027-03-31")).body("items.contractId", contains(mine));
        as(ghent).queryParam("plannedFrom", "2027-04-05").queryParam("plannedUntil", "2027-04-11").get("/piis/v1/evaluations")
                .then().statusCode(200).body("items", hasSize(0));
        as(ghent).queryParam("plannedFrom", "31/03/2027").get("/piis/v1/evaluations")
                .then().statusCode(400).body("issues[0].name", equalTo("plannedFrom"));
    }

    @Test
    void a_social_worker_lists_the_evaluations_whose_day_passed_without_being_recorded() {
        String ghent = "44022";
        String mine = signedContract(ghent, "general", START, LocalDate.of(2027, 11, 30), "nl");

        clock.moveTo(LocalDate.of(2027, 3, 31));
        as(ghent).queryParam("contractId", mine).queryParam("overdue", true).get("/piis/v1/evaluations")
                .then().statusCode(200).body("items", hasSize(0));
        clock.moveTo(LocalDate.of(2027, 4, 1));
        as(ghent).queryParam("contractId", mine).queryParam("overdue", true).get("/piis/v1/evaluations")
                .then().statusCode(200).body("items.plannedOn", contains("2027-03-31"));
        as(ghent).queryParam("overdue", "soon").get("/piis/v1/evaluations")
                .then().statusCode(400).body("issues[0].name", equalTo("overdue"));
    }

    private static io.restassured.response.Response move(String evaluationId, String day) {
        return asWorker().body(appointment(day)).put("/piis/v1/evaluations/{id}/appointment", evaluationId);
    }

    private static String appointment(String day) {
        return """
                {"plannedOn":"%s","startsAt":"14:00","place":"Antenne Nord, Rue Stephenson 80, 1000 Bruxelles"}
                """.formatted(day);
    }

    private static void publishAmendment(String eventId, String contractId, int version, LocalDate endDate) {
        EventLog.publishCloudEvent(Topics.CONTRACTS, eventId, EventType.CONTRACT_AMENDED.type(), contractId, """
                {"contractId":"%s","cpas":"%s","beneficiaryId":"%s","version":%d,"startDate":"%s","endDate":"%s",
                 "agreedOn":"2026-12-10","referentWorker":"Marie Dubois","replacementWorker":"Jan Claes"}
                """.formatted(contractId, BRUSSELS, UUID.randomUUID(), version, START, endDate));
    }
}
