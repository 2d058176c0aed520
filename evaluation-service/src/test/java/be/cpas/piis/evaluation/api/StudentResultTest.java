package be.cpas.piis.evaluation.api;

import static be.cpas.piis.evaluation.api.EvaluationsApi.BRUSSELS;
import static be.cpas.piis.evaluation.api.EvaluationsApi.asWorker;
import static be.cpas.piis.evaluation.api.EvaluationsApi.published;
import static be.cpas.piis.evaluation.api.EvaluationsApi.publishedSoFar;
import static be.cpas.piis.evaluation.api.EvaluationsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import be.cpas.piis.evaluation.application.ReportingMissedDeadlines;
import be.cpas.piis.events.EventType;
import be.cpas.piis.testsupport.ClockMovingTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** E7: a student communicates exam results within 7 working days of their publication, or ResultsOverdue is published once. */
@QuarkusTest
class StudentResultTest extends ClockMovingTest {

    private static final LocalDate PUBLISHED_ON = LocalDate.of(2027, 6, 25);

    @Inject
    ReportingMissedDeadlines reporting;

    @Test
    void E7_results_not_communicated_within_seven_working_days_publish_results_overdue_once() {
        String contractId = studentContract();
        clock.moveTo(LocalDate.of(2027, 6, 28));
        String resultId = publish(contractId, null);
        asWorker().get("/piis/v1/studentResults/{id}", resultId).then().statusCode(200)
                .body("dueBy", equalTo("2027-07-06"))
                .body("overdue", equalTo(false));

        clock.moveTo(LocalDate.of(2027, 7, 6));
        reporting.reportResultBatch();
        clock.moveTo(LocalDate.of(2027, 7, 7));
        reporting.reportResultBatch();
        reporting.reportResultBatch();
        asWorker().body("{}").post("/piis/v1/studentResults/{id}/communication", resultId).then().statusCode(200)
                .body("communicatedOn", equalTo("2027-07-07"))
                .body("overdue", equalTo(true));

        assertThat(published(contractId, EventType.RESULTS_OVERDUE)).singleElement().asString()
                .contains("\"studentResultId\":\"" + resultId + "\"", "\"dueBy\":\"2027-07-06\"", "\"beneficiaryId\"");
        asWorker().queryParam("overdue", true).get("/piis/v1/studentResults").then().body("items.id", hasItem(resultId));
    }

    @Test
    void E7_results_communicated_late_are_reported_when_recorded() {
        String contractId = studentContract();
        clock.moveTo(LocalDate.of(2027, 7, 12));

        publish(contractId, "2027-07-08");
        reporting.reportResultBatch();

        assertThat(published(contractId, EventType.RESULTS_OVERDUE)).hasSize(1);
    }

    @Test
    void E7_results_communicated_in_time_are_never_reported() {
        String contractId = studentContract();
        clock.moveTo(LocalDate.of(2027, 7, 12));

        String resultId = publish(contractId, "2027-07-06");
        reporting.reportResultBatch();

        asWorker().get("/piis/v1/studentResults/{id}", resultId).then().body("overdue", equalTo(false));
        asWorker().body("{}").post("/piis/v1/studentResults/{id}/communication", resultId).then().statusCode(409).body("rule", equalTo("E7"));
        assertThat(publishedSoFar(contractId, EventType.RESULTS_OVERDUE)).isEmpty();
    }

    @Test
    void E7_exam_results_are_awaited_from_students_only() {
        String contractId = signedContract();

        asWorker().body("""
                {"contractId":"%s","session":"June 2027","publishedOn":"2026-11-20"}
                """.formatted(contractId)).post("/piis/v1/studentResults")
                .then().statusCode(422).body("rule", equalTo("E7"));
    }

    private static String studentContract() {
        return signedContract(BRUSSELS, "student", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "fr");
    }

    private static String publish(String contractId, String communicatedOn) {
        String communicated = communicatedOn == null ? "" : ",\"communicatedOn\":\"" + communicatedOn + "\"";
        return asWorker().body("""
                {"contractId":"%s","session":"June 2027, Bachelor in nursing year 2","publishedOn":"%s"%s}
                """.formatted(contractId, PUBLISHED_ON, communicated)).post("/piis/v1/studentResults")
                .then().statusCode(201).extract().path("id");
    }
}
