package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import be.cpas.piis.testsupport.SpelledDates;
import be.cpas.piis.contracts.application.ReportingMissedDeadlines;
import be.cpas.piis.events.EventType;
import be.cpas.piis.events.Topics;
import be.cpas.piis.platform.outbox.CloudEventHeaders;
import be.cpas.piis.testsupport.ClockMovingTest;
import be.cpas.piis.testsupport.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** C1 and C2 through the API: who must sign by when, exemptions, and the missed-deadline event. */
@QuarkusTest
class SigningDeadlineTest extends ClockMovingTest {

    private static final String CPAS = "11002";

    @Inject
    ReportingMissedDeadlines missedDeadlines;

    @Test
    void C1_the_service_says_why_a_piis_is_compulsory_and_until_when() {
        String young = register(LocalDate.of(2003, 4, 12), """
                "language":"nl","risDecisionDate":"%s\"""".formatted(clock.today()));
        asWorker(CPAS).get("/piis/v1/beneficiaries/{id}", young).then().statusCode(200)
                .body("piisObligation.compulsory", equalTo(true))
                .body("piisObligation.reason", equalTo("underTwentyFive"))
                .body("signingDeadline", equalTo(clock.today().plusMonths(3).toString()));

        String continuing = register(LocalDate.of(1970, 1, 1), """
                "language":"fr","risDecisionDate":"%s","previousRisEndedOn":"%s\""""
                .formatted(clock.today(), clock.today().minusMonths(1)));
        asWorker(CPAS).get("/piis/v1/beneficiaries/{id}", continuing).then().statusCode(200)
                .body("piisObligation.compulsory", equalTo(false))
                .body("piisObligation.reason", equalTo("continuingRis"))
                .body("signingDeadline", nullValue());
    }

    @Test
    void T2_C1_a_beneficiary_taken_over_from_another_cpas_keeps_its_ris_history_and_is_no_new_one() {
        LocalDate movedOn = clock.today().minusDays(10);
        String takenOver = register(LocalDate.of(1970, 1, 1), """
                "language":"fr","risDecisionDate":"%s","takenOverFrom":"21004","takenOverOn":"%s\""""
                .formatted(clock.today().minusMonths(8), movedOn));
        asWorker(CPAS).get("/piis/v1/beneficiaries/{id}", takenOver).then().statusCode(200)
                .body("risDecisionDate", equalTo(clock.today().minusMonths(8).toString()))
                .body("takenOverFrom", equalTo("21004"))
                .body("takenOverOn", equalTo(movedOn.toString()))
                .body("piisObligation.compulsory", equalTo(false))
                .body("piisObligation.reason", equalTo("takenOver"))
                .body("signingDeadline", nullValue());

        String young = register(LocalDate.of(2003, 4, 12), """
                "language":"nl","risDecisionDate":"%s","takenOverFrom":"21004","takenOverOn":"%s\""""
                .formatted(clock.today().minusMonths(8), movedOn));
        asWorker(CPAS).get("/piis/v1/beneficiaries/{id}", young).then().statusCode(200)
                .body("piisObligation.reason", equalTo("underTwentyFive"))
                .body("signingDeadline", equalTo(movedOn.plusMonths(3).toString()));

        registering("""
                "language":"fr","risDecisionDate":"%s","takenOverFrom":"21004\"""".formatted(clock.today())).statusCode(400)
                .body("issues[0].name", equalTo("takenOverOn"));
        registering("""
                "language":"fr","risDecisionDate":"%s","takenOverFrom":"%s","takenOverOn":"%s\"""".formatted(clock.today(), CPAS, movedOn))
                .statusCode(400).body("issues[0].name", equalTo("takenOverFrom"));
        registering("""
                "language":"fr","takenOverFrom":"2100","takenOverOn":"%s\"""".formatted(movedOn)).statusCode(400)
                .body("issues[0].name", equalTo("takenOverFrom"));
    }

    @Test
    void C1_the_cpas_lists_the_deadlines_of_the_next_days_soonest_first() {
        String soon = register(firstRis(clock.today().minusMonths(3).plusDays(5)));
        String later = register(firstRis(clock.today().minusMonths(3).plusDays(10)));
        String farther = register(firstRis(clock.today().minusMonths(1)));

        List<String> within14 = asWorker(CPAS).queryParam("signingDeadlineWithinDays", 14).get("/piis/v1/beneficiaries")
                .then().statusCode(200).extract().path("items.id");
        assertThat(within14).contains(soon, later).doesNotContain(farther);
        assertThat(within14.indexOf(soon)).isLessThan(within14.indexOf(later));
        asWorker("21004").queryParam("signingDeadlineWithinDays", 14).get("/piis/v1/beneficiaries")
                .then().statusCode(200).body("items.id", not(hasItem(soon)));
        asWorker(CPAS).get("/piis/v1/beneficiaries").then().statusCode(400)
                .body("issues[0].name", equalTo("signingDeadlineWithinDays"));
    }

    @Test
    void C1_a_missed_signing_deadline_is_published_once() {
        String beneficiaryId = register(firstRis(clock.today().minusMonths(3).minusDays(2)));

        missedDeadlines.reportBatch();
        missedDeadlines.reportBatch();

        await().atMost(Duration.ofSeconds(30)).until(() -> !missed(beneficiaryId).isEmpty());
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        assertThat(missed(beneficiaryId)).hasSize(1)
                .allSatisfy(record -> assertThat(record.value()).doesNotContain("Peeters"));
    }

    @Test
    void C2_X4_an_exemption_stops_the_clock_and_lifting_it_restarts_it() {
        String beneficiaryId = register(firstRis(clock.today().minusMonths(3).minusDays(2)));

        String exemptionId = asWorker(CPAS).body("""
                {"beneficiaryId":"%s","ground":"equity","justification":"Cares full time for her seriously ill mother",
                 "decidedBy":"Comité spécial du service social, 3 December"}
                """.formatted(beneficiaryId)).post("/piis/v1/exemptions")
                .then().statusCode(201).body("ground", equalTo("equity")).extract().path("id");
        asWorker(CPAS).get("/piis/v1/beneficiaries/{id}", beneficiaryId).then()
                .body("exempted", equalTo(true)).body("signingDeadline", nullValue());
        missedDeadlines.reportBatch();

        asWorker(CPAS).body("{}").post("/piis/v1/exemptions/{id}/lifting", exemptionId)
                .then().statusCode(200).body("liftedOn", equalTo(clock.today().toString()));
        asWorker(CPAS).get("/piis/v1/beneficiaries/{id}", beneficiaryId).then()
                .body("exempted", equalTo(false)).body("signingDeadline", equalTo(clock.today().plusMonths(3).toString()));
        asWorker(CPAS).body("{}").post("/piis/v1/exemptions/{id}/lifting", exemptionId)
                .then().statusCode(409).body("rule", equalTo("C2"));
        asWorker("21004").get("/piis/v1/exemptions/{id}", exemptionId).then().statusCode(404);
        asWorker(CPAS).queryParam("beneficiaryId", beneficiaryId).get("/piis/v1/exemptions").then().statusCode(200)
                .body("items.id", contains(exemptionId)).body("items[0].liftedOn", equalTo(clock.today().toString()));
        asWorker("21004").queryParam("beneficiaryId", beneficiaryId).get("/piis/v1/exemptions").then().statusCode(200)
                .body("items", empty());
        asWorker(CPAS).get("/piis/v1/exemptions").then().statusCode(400).body("issues[0].name", equalTo("beneficiaryId"));

        await().atMost(Duration.ofSeconds(30)).until(() -> EventLog.readAll(Topics.CONTRACTS).stream()
                .anyMatch(record -> beneficiaryId.equals(record.key())
                        && EventType.EXEMPTION_GRANTED.type().equals(EventLog.header(record, CloudEventHeaders.TYPE))));
        assertThat(missed(beneficiaryId)).isEmpty();
        asWorker(CPAS).get("/piis/v1/beneficiaries/{id}/audit", beneficiaryId).then().statusCode(200)
                .body("items.action", contains("registered", "exemptionGranted", "exemptionLifted"))
                .body("items[1].after.exempted", equalTo(true))
                .body("items[2].after.signingDeadline", equalTo(clock.today().plusMonths(3).toString()));
    }

    @Test
    void X9_an_exemption_is_not_decided_before_the_ris_grant_it_exempts_from() {
        LocalDate granted = clock.today().minusMonths(1);
        String beneficiaryId = register(firstRis(granted));

        asWorker(CPAS).body("""
                {"beneficiaryId":"%s","ground":"health","justification":"Long hospital stay","decidedBy":"Comité spécial",
                 "decidedOn":"%s"}
                """.formatted(beneficiaryId, granted.minusDays(1))).post("/piis/v1/exemptions")
                .then().statusCode(422).body("rule", equalTo("X9"))
                .body("detail", containsString("précède la décision d'octroi du revenu d'intégration (" + SpelledDates.french(granted) + ")"));
        asWorker(CPAS).get("/piis/v1/beneficiaries/{id}", beneficiaryId).then().body("exempted", equalTo(false));
    }

    private static String firstRis(LocalDate risDecisionDate) {
        return """
                "language":"fr","risDecisionDate":"%s\"""".formatted(risDecisionDate);
    }

    private static String register(String fields) {
        return register(SsinFactory.BORN, fields);
    }

    /** Registers a person born on {@code birthDate}, with a NISS that carries it (X3). */
    private static String register(LocalDate birthDate, String fields) {
        return registering(birthDate, fields).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse registering(String fields) {
        return registering(SsinFactory.BORN, fields);
    }

    private static ValidatableResponse registering(LocalDate birthDate, String fields) {
        return asWorker(CPAS).body("{\"ssin\":\"" + SsinFactory.bornOn(birthDate) + "\",\"firstName\":\"Ana\",\"lastName\":\"Peeters\","
                        + "\"birthDate\":\"" + birthDate + "\"," + fields + "}")
                .post("/piis/v1/beneficiaries").then();
    }

    private static List<ConsumerRecord<String, String>> missed(String beneficiaryId) {
        return EventLog.readAll(Topics.CONTRACTS).stream()
                .filter(record -> beneficiaryId.equals(record.key()))
                .filter(record -> EventType.SIGNING_DEADLINE_MISSED.type().equals(EventLog.header(record, CloudEventHeaders.TYPE)))
                .toList();
    }
}
