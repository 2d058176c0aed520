package be.cpas.piis.evaluation.api;

import static be.cpas.piis.evaluation.api.EvaluationsApi.as;
import static be.cpas.piis.evaluation.api.EvaluationsApi.asWorker;
import static be.cpas.piis.evaluation.api.EvaluationsApi.published;
import static be.cpas.piis.evaluation.api.EvaluationsApi.publishedSoFar;
import static be.cpas.piis.evaluation.api.EvaluationsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import be.cpas.piis.evaluation.application.ReportingMissedDeadlines;
import be.cpas.piis.events.EventType;
import be.cpas.piis.testsupport.ClockMovingTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** E3: an interview the beneficiary asks for is held within 5 working days (X6), or the CPAS's failure is reported once. */
@QuarkusTest
class InterviewRequestTest extends ClockMovingTest {

    private static final LocalDate FRIDAY_BEFORE_EASTER = LocalDate.of(2027, 3, 26);

    @Inject
    ReportingMissedDeadlines reporting;

    @Test
    void E3_a_request_on_the_friday_before_easter_is_due_five_working_days_later_after_easter_monday() {
        String contractId = signedContract();
        clock.moveTo(FRIDAY_BEFORE_EASTER);

        String requestId = request(contractId, FRIDAY_BEFORE_EASTER);

        asWorker().get("/piis/v1/interviewRequests/{id}", requestId).then().statusCode(200)
                .body("requestedOn", equalTo("2027-03-26"))
                .body("dueBy", equalTo("2027-04-05"))
                .body("status", equalTo("requested"))
                .body("overdue", equalTo(false));
        assertThat(published(contractId, EventType.INTERVIEW_REQUESTED)).singleElement().asString().contains("\"dueBy\":\"2027-04-05\"");
        as("62063").get("/piis/v1/interviewRequests/{id}", requestId).then().statusCode(404);
        asWorker().body("{\"contractId\":\"" + UUID.randomUUID() + "\"}").post("/piis/v1/interviewRequests").then().statusCode(404);
        asWorker().body("{\"contractId\":\"" + contractId + "\",\"requestedOn\":\"2027-03-27\"}").post("/piis/v1/interviewRequests")
                .then().statusCode(422).body("rule", equalTo("X9"));
    }

    @Test
    void E3_an_interview_set_after_its_deadline_is_allowed_but_flagged() {
        String contractId = signedContract();
        clock.moveTo(FRIDAY_BEFORE_EASTER);
        String requestId = request(contractId, FRIDAY_BEFORE_EASTER);

        schedule(requestId, "2027-04-06").then().statusCode(200)
                .body("status", equalTo("scheduled"))
                .body("appointment.plannedOn", equalTo("2027-04-06"))
                .body("lateForDeadline", equalTo(true));
        schedule(requestId, "2027-04-02").then().statusCode(200)
                .body("lateForDeadline", equalTo(false));
    }

    @Test
    void E3_a_request_not_held_by_its_deadline_publishes_interview_overdue_once() {
        String contractId = signedContract();
        clock.moveTo(FRIDAY_BEFORE_EASTER);
        String requestId = request(contractId, FRIDAY_BEFORE_EASTER);
        schedule(requestId, "2027-04-06");

        clock.moveTo(LocalDate.of(2027, 4, 5));
        reporting.reportInterviewBatch();
        asWorker().queryParam("overdue", true).get("/piis/v1/interviewRequests").then().body("items.id", not(hasItem(requestId)));

        clock.moveTo(LocalDate.of(2027, 4, 6));
        reporting.reportInterviewBatch();
        reporting.reportInterviewBatch();
        asWorker().body("{}").post("/piis/v1/interviewRequests/{id}/record", requestId).then().statusCode(200)
                .body("status", equalTo("held"))
                .body("overdue", equalTo(true));

        assertThat(published(contractId, EventType.INTERVIEW_OVERDUE)).singleElement().asString()
                .contains("\"interviewRequestId\":\"" + requestId + "\"", "\"dueBy\":\"2027-04-05\"");
        asWorker().queryParam("overdue", true).get("/piis/v1/interviewRequests").then().body("items.id", hasItem(requestId));
    }

    @Test
    void E3_a_social_worker_lists_the_requests_of_their_contracts_not_held_yet() {
        String contractId = signedContract();
        clock.moveTo(FRIDAY_BEFORE_EASTER);
        String waiting = request(contractId, FRIDAY_BEFORE_EASTER);
        String held = request(contractId, FRIDAY_BEFORE_EASTER);
        asWorker().body("{}").post("/piis/v1/interviewRequests/{id}/record", held).then().statusCode(200);

        asWorker().queryParam("socialWorker", "Jan Claes").queryParam("waiting", true).get("/piis/v1/interviewRequests")
                .then().statusCode(200).body("items.id", hasItem(waiting)).body("items.id", not(hasItem(held)));
        asWorker().queryParam("socialWorker", "Marie Dubois").get("/piis/v1/interviewRequests")
                .then().statusCode(200).body("items.id", hasItems(waiting, held));
        asWorker().queryParam("socialWorker", "Someone Else").queryParam("waiting", true).get("/piis/v1/interviewRequests")
                .then().statusCode(200).body("items.id", not(hasItem(waiting)));
    }

    @Test
    void E3_an_interview_held_late_is_reported_when_recorded() {
        String contractId = signedContract();
        clock.moveTo(FRIDAY_BEFORE_EASTER);
        String requestId = request(contractId, FRIDAY_BEFORE_EASTER);
        clock.moveTo(LocalDate.of(2027, 4, 8));

        asWorker().body("{\"heldOn\":\"2027-04-07\",\"notes\":\"Asked about a training grant\"}")
                .post("/piis/v1/interviewRequests/{id}/record", requestId).then().statusCode(200).body("heldOn", equalTo("2027-04-07"));
        asWorker().body("{}").post("/piis/v1/interviewRequests/{id}/record", requestId).then().statusCode(409).body("rule", equalTo("E3"));
        reporting.reportInterviewBatch();

        assertThat(published(contractId, EventType.INTERVIEW_OVERDUE)).hasSize(1);
    }

    @Test
    void E3_an_interview_held_in_time_is_never_reported() {
        String contractId = signedContract();
        clock.moveTo(FRIDAY_BEFORE_EASTER);
        String requestId = request(contractId, FRIDAY_BEFORE_EASTER);
        clock.moveTo(LocalDate.of(2027, 4, 5));
        asWorker().body("{}").post("/piis/v1/interviewRequests/{id}/record", requestId).then().statusCode(200);

        clock.moveTo(LocalDate.of(2027, 4, 20));
        reporting.reportInterviewBatch();

        published(contractId, EventType.INTERVIEW_REQUESTED);
        assertThat(publishedSoFar(contractId, EventType.INTERVIEW_OVERDUE)).isEmpty();
    }

    private static String request(String contractId, LocalDate requestedOn) {
        return asWorker().body("""
                {"contractId":"%s","requestedOn":"%s","reason":"Wants to discuss a training"}
                """.formatted(contractId, requestedOn)).post("/piis/v1/interviewRequests")
                .then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response schedule(String requestId, String day) {
        return asWorker().body("""
                {"plannedOn":"%s","startsAt":"10:00","place":"Rue Haute 298A, 1000 Bruxelles"}
                """.formatted(day)).put("/piis/v1/interviewRequests/{id}/appointment", requestId);
    }
}
