package be.cpas.piis.sanctions.api;

import static be.cpas.piis.sanctions.api.SanctionsApi.asWorker;
import static be.cpas.piis.sanctions.api.SanctionsApi.cases;
import static be.cpas.piis.sanctions.api.SanctionsApi.reportedBreach;
import static be.cpas.piis.sanctions.api.SanctionsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import be.cpas.piis.platform.document.PdfText;
import be.cpas.piis.testsupport.ClockMovingTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A breach case never takes text its letters cannot print, and one that took it earlier still reaches its decision (S2, X5). */
@QuarkusTest
class StrictInputTest extends ClockMovingTest {

    @Inject
    EntityManager entityManager;

    @Test
    void S2_X5_a_breach_described_with_a_noncharacter_is_refused_and_opens_no_case() {
        clock.moveTo(LocalDate.of(2027, 4, 21));
        String contractId = signedContract(UUID.randomUUID().toString());
        reportedBreach(contractId, LocalDate.of(2027, 3, 31));
        String caseId = cases(contractId).get(0);

        asWorker().body("""
                {"contractId":"%s","description":"Absent \\uffff","occurredOn":"2027-04-01"}
                """.formatted(contractId)).post("/piis/v1/breaches")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("issues[0].name", equalTo("description"))
                .body("issues[0].type", equalTo("urn:problem-type:belgif:input-validation:invalidInput"));

        asWorker().get("/piis/v1/breaches/{id}", caseId).then().statusCode(200).body("facts.size()", equalTo(1));
    }

    @Test
    void S2_X5_a_case_whose_facts_were_stored_with_a_noncharacter_still_gets_its_formal_notice_and_letter() {
        clock.moveTo(LocalDate.of(2027, 4, 21));
        String contractId = signedContract(UUID.randomUUID().toString());
        String breachId = reportedBreach(contractId, LocalDate.of(2027, 3, 31));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE breach_fact SET description = 'Absent \uFFFF from the \u0001workshop' WHERE breach_id = :id")
                .setParameter("id", UUID.fromString(breachId))
                .executeUpdate());

        asWorker().body("""
                {"expected":"Attend the workshop of 12 April","sentOn":"2027-04-01"}
                """).post("/piis/v1/breaches/{id}/formalNotice", breachId).then().statusCode(200)
                .body("status", equalTo("noticeSent"));

        String letter = asWorker().get("/piis/v1/breaches/{id}", breachId).then().extract().path("formalNotice.letter");
        await().untilAsserted(() -> assertThat(PdfText.of(asWorker().get(letter).then().statusCode(200).extract().asByteArray()))
                .contains("Attend the workshop of 12 April"));
        asWorker().accept("application/pdf").get("/piis/v1/breaches/{id}/compliance", breachId).then().statusCode(200);
    }
}
