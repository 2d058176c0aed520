package be.cpas.piis.evaluation.api;

import static be.cpas.piis.evaluation.api.EvaluationsApi.BRUSSELS;
import static be.cpas.piis.evaluation.api.EvaluationsApi.PATIENCE;
import static be.cpas.piis.evaluation.api.EvaluationsApi.asWorker;
import static be.cpas.piis.evaluation.api.EvaluationsApi.evaluationIds;
import static be.cpas.piis.evaluation.api.EvaluationsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import be.cpas.piis.testsupport.SpelledDates;
import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** X6: meetings take place on working days, whether a plan sets them or a social worker does; A2: so do their reminders. */
@QuarkusTest
class MeetingsOnWorkingDaysTest extends ClockMovingTest {

    @Test
    void X6_a_plan_moves_an_evaluation_due_on_a_weekend_or_public_holiday_to_the_working_day_before() {
        assertThat(plannedDays(contract(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30))))
                .containsExactly("2027-03-31", "2027-07-30", "2027-11-30");
        // Sunday 15 August 2027, Saturday 1 May 2027, Saturday 1 January 2028, Wednesday 21 July 2027.
        assertThat(plannedDays(contract(LocalDate.of(2026, 8, 16), LocalDate.of(2027, 8, 31)))).contains("2027-08-13");
        assertThat(plannedDays(contract(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 12, 31)))).contains("2027-04-30");
        assertThat(plannedDays(contract(LocalDate.of(2027, 5, 2), LocalDate.of(2028, 4, 30)))).contains("2027-12-31");
        assertThat(plannedDays(contract(LocalDate.of(2026, 11, 22), LocalDate.of(2027, 11, 21)))).contains("2027-07-20");
    }

    @Test
    void X6_C10_an_amendment_ending_the_contract_on_a_saturday_plans_its_final_evaluation_on_the_friday_before() {
        String contractId = contract(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30));

        EventLog.publishCloudEvent(Topics.CONTRACTS, UUID.randomUUID().toString(), EventType.CONTRACT_AMENDED.type(), contractId, """
                {"contractId":"%s","cpas":"%s","beneficiaryId":"%s","version":2,"startDate":"2026-12-01","endDate":"2028-01-01",
                 "agreedOn":"2026-12-01","referentWorker":"Marie Dubois","replacementWorker":"Jan Claes"}
                """.formatted(contractId, BRUSSELS, UUID.randomUUID()));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(plannedDays(contractId))
                .containsExactly("2027-03-31", "2027-07-30", "2027-11-30", "2027-12-31"));
    }

    @Test
    void X6_an_evaluation_or_interview_set_by_hand_on_easter_monday_christmas_or_a_saturday_is_refused() {
        String contractId = contract(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30));
        String evaluationId = evaluationIds(contractId).get(0);
        String requestId = asWorker().body("{\"contractId\":\"" + contractId + "\"}").post("/piis/v1/interviewRequests")
                .then().statusCode(201).extract().path("id");

        for (String day : List.of("2027-03-29", "2027-12-25", "2027-03-06")) {
            appointment("/piis/v1/evaluations/{id}/appointment", evaluationId, day).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:cpas:piis:ruleViolation"))
                    .body("rule", equalTo("X6"))
                    .body("detail", containsString(SpelledDates.french(day)));
            appointment("/piis/v1/interviewRequests/{id}/appointment", requestId, day).then().statusCode(422).body("rule", equalTo("X6"));
        }
        asWorker().get("/piis/v1/evaluations/{id}", evaluationId).then().body("plannedOn", equalTo("2027-03-31"));
        asWorker().get("/piis/v1/interviewRequests/{id}", requestId).then().body("status", equalTo("requested"));
        appointment("/piis/v1/evaluations/{id}/appointment", evaluationId, "2027-03-30").then().statusCode(200);
    }

    @Test
    void A2_X6_a_reminder_due_on_a_saturday_is_due_on_the_friday_before() {
        String contractId = contract(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30));
        clock.moveTo(LocalDate.of(2027, 4, 1));
        String requestId = asWorker().body("{\"contractId\":\"" + contractId + "\"}").post("/piis/v1/interviewRequests")
                .then().statusCode(201).extract().path("id");
        appointment("/piis/v1/interviewRequests/{id}/appointment", requestId, "2027-04-06").then().statusCode(200)
                .body("appointment.reminderDueOn", equalTo("2027-04-02"));
        asWorker().queryParam("reminderDue", true).get("/piis/v1/interviewRequests").then().body("items.id", not(hasItem(requestId)));

        clock.moveTo(LocalDate.of(2027, 4, 2));

        asWorker().queryParam("reminderDue", true).get("/piis/v1/interviewRequests").then().statusCode(200)
                .body("items.id", hasItem(requestId));
        asWorker().queryParam("unconfirmed", true).get("/piis/v1/interviewRequests").then().body("items.id", hasItem(requestId));
    }

    private static String contract(LocalDate start, LocalDate end) {
        return signedContract(BRUSSELS, "general", start, end, "fr");
    }

    private static List<String> plannedDays(String contractId) {
        return asWorker().queryParam("contractId", contractId).queryParam("status", "planned").get("/piis/v1/evaluations")
                .then().statusCode(200).extract().path("items.plannedOn");
    }

    private static Response appointment(String path, String id, String day) {
        return asWorker().body("""
                {"plannedOn":"%s","startsAt":"10:00","place":"Rue Haute 298A, 1000 Bruxelles"}
                """.formatted(day)).put(path, id);
    }
}
