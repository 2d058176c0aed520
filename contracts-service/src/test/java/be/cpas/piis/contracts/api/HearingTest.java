package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.WORKERS;
import static be.cpas.piis.contracts.api.ContractsApi.as;
import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static be.cpas.piis.contracts.api.ContractsApi.contractBody;
import static be.cpas.piis.contracts.api.ContractsApi.draftedContract;
import static be.cpas.piis.contracts.api.ContractsApi.propose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import be.cpas.piis.testsupport.SpelledDates;
import be.cpas.piis.platform.document.PdfText;
import be.cpas.piis.testsupport.ClockMovingTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.HexFormat;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** C8: the hearing before the Council, asked for before signing, is planned and convoked like any meeting (A1, A3, X6). */
@QuarkusTest
class HearingTest extends ClockMovingTest {

    private static final String CPAS = "21004";
    /** Monday 11 January 2027: the draft is handed over and the hearing asked for that day. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);
    private static final String PLACE = "Salle du Conseil, Rue Haute 298A, 1000 Bruxelles";

    @BeforeEach
    void onMonday() {
        clock.moveTo(MONDAY);
    }

    @Test
    void C8_A1_a_social_worker_plans_the_hearing_and_its_convocation_says_when_and_where_in_the_beneficiarys_language() throws Exception {
        String contractId = contractAwaitingHearing("nl");

        plan(contractId, "2027-01-14").then().statusCode(200)
                .body("hearing.requestedOn", equalTo("2027-01-11"))
                .body("hearing.plannedOn", equalTo("2027-01-14"))
                .body("hearing.startsAt", equalTo("14:00:00"))
                .body("hearing.place", equalTo(PLACE));

        Response dutch = asWorker(CPAS).accept("application/pdf").get("/piis/v1/contracts/{id}/hearing/convocation", contractId);
        dutch.then().statusCode(200).contentType("application/pdf").header("Content-Language", "nl-BE");
        assertThat(PdfText.of(dutch.asByteArray())).contains("Oproeping voor een verhoor door de Raad voor Maatschappelijk Welzijn",
                "OCMW Brussel Hoogstraat 298A 1000 Brussel", "Lotte Janssens Kerkstraat 12 1000 Brussel", "Brussel, 11 januari 2027",
                "Onze referentie: GPMI " + contractId, "maandag 11 januari 2027", "donderdag 14 januari 2027", "14:00", PLACE,
                "laten bijstaan", "pas ondertekend").doesNotContain("CPAS de Bruxelles", "NIS-code");
        Response french = asWorker(CPAS).queryParam("lang", "fr").get("/piis/v1/contracts/{id}/hearing/convocation", contractId);
        french.then().statusCode(200).header("Content-Language", "fr-BE");
        assertThat(PdfText.of(french.asByteArray())).contains("Convocation à une audition par le Conseil de l'action sociale",
                "CPAS de Bruxelles Rue Haute 298A 1000 Bruxelles", "Bruxelles, le 11 janvier 2027", "jeudi 14 janvier 2027",
                "vous faire assister", "ne peut pas être signé").doesNotContain("code INS");
        Response german = asWorker(CPAS).header("Accept-Language", "de-BE").get("/piis/v1/contracts/{id}/hearing/convocation", contractId);
        assertThat(PdfText.of(german.asByteArray())).contains("Einladung zur Anhörung durch den Sozialhilferat", "ÖSHZ Brüssel",
                "Brüssel, den 11. Januar 2027", "Donnerstag, 14. Januar 2027");

        Response ics = asWorker(CPAS).accept("text/calendar").get("/piis/v1/contracts/{id}/hearing/convocation", contractId);
        ics.then().statusCode(200).contentType("text/calendar");
        VEvent event = new CalendarBuilder().build(new ByteArrayInputStream(ics.asByteArray())).<VEvent>getComponent(VEvent.VEVENT)
                .orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).startsWith(contractId);
        assertThat(instantOf(event, Property.DTSTART)).isEqualTo(Instant.parse("2027-01-14T13:00:00Z"));
        assertThat(instantOf(event, Property.DTEND)).isEqualTo(Instant.parse("2027-01-14T13:30:00Z"));
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo(PLACE);
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:convocations@cpas-bruxelles.example.be");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Oproeping voor een verhoor door de Raad voor Maatschappelijk Welzijn – OCMW Brussel");

        asWorker(CPAS).accept("application/xml").get("/piis/v1/contracts/{id}/hearing/convocation", contractId).then().statusCode(406);
        asWorker("62063").get("/piis/v1/contracts/{id}/hearing/convocation", contractId).then().statusCode(404);
        asWorker(CPAS).get("/piis/v1/contracts/{id}/audit", contractId).then()
                .body("items.action", hasItem("hearingPlanned"))
                .body("items.find { it.action == 'hearingPlanned' }.after.hearingAppointment.place", equalTo(PLACE));
    }

    @Test
    void X6_C8_a_hearing_is_planned_for_a_working_day_to_come_once_it_was_asked_for() {
        String notAsked = proposedContract("fr");
        plan(notAsked, "2027-01-14").then().statusCode(409).body("rule", equalTo("C8"));
        String contractId = contractAwaitingHearing("fr");
        asWorker(CPAS).get("/piis/v1/contracts/{id}/hearing/convocation", contractId).then().statusCode(409).body("rule", equalTo("A1"));

        for (String day : new String[] {"2027-03-29", "2027-12-25", "2027-01-16"}) {
            plan(contractId, day).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("X6"))
                    .body("detail", containsString(SpelledDates.french(day)));
        }
        plan(contractId, "2027-01-08").then().statusCode(400).body("issues[0].name", equalTo("plannedOn"));
        as(CPAS, "COUNCIL").body(appointment("2027-01-14")).put("/piis/v1/contracts/{id}/hearing/appointment", contractId)
                .then().statusCode(403);
        asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().body("hearing.plannedOn", equalTo(null));
    }

    @Test
    void A3_X4_the_convocation_sent_is_kept_as_it_was_sent_and_audited() throws Exception {
        String contractId = contractAwaitingHearing("fr");
        plan(contractId, "2027-01-14");

        asWorker(CPAS).body("{\"sentOn\":\"2027-01-08\"}").post("/piis/v1/contracts/{id}/hearing/letters", contractId)
                .then().statusCode(422).body("rule", equalTo("X9"));
        String href = asWorker(CPAS).body("{\"language\":\"nl\"}").post("/piis/v1/contracts/{id}/hearing/letters", contractId)
                .then().statusCode(201)
                .body("kind", equalTo("hearingConvocation"))
                .body("language", equalTo("nl"))
                .body("sentOn", equalTo("2027-01-11"))
                .extract().path("href");
        String sha256 = asWorker(CPAS).get("/piis/v1/contracts/{id}/hearing/letters", contractId).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].href", equalTo(href))
                .extract().path("items[0].sha256");
        byte[] kept = asWorker(CPAS).get(href).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kept))).isEqualTo(sha256);
        assertThat(PdfText.of(kept)).contains("donderdag 14 januari 2027");
        asWorker(CPAS).get("/piis/v1/contracts/{id}/audit", contractId).then()
                .body("items.find { it.action == 'hearingConvocationSent' }.after.sha256", equalTo(sha256));
        asWorker("62063").get("/piis/v1/contracts/{id}/hearing/letters", contractId).then().statusCode(404);
    }

    @Test
    void C8_X9_the_outcome_is_not_recorded_before_the_day_the_hearing_is_planned_for() {
        String contractId = contractAwaitingHearing("fr");
        plan(contractId, "2027-01-14");

        outcome(contractId, null).then().statusCode(422).body("rule", equalTo("X9"))
                .body("detail", containsString("précède la date prévue pour l'audition (14 janvier 2027)"));
        clock.moveTo(LocalDate.of(2027, 1, 15));
        outcome(contractId, "2027-01-13").then().statusCode(422).body("rule", equalTo("X9"));

        outcome(contractId, "2027-01-14").then().statusCode(200).body("hearing.heldOn", equalTo("2027-01-14"));
        asWorker(CPAS).get("/piis/v1/contracts/{id}/hearing/convocation", contractId).then().statusCode(409).body("rule", equalTo("C8"));
        asWorker(CPAS).get("/piis/v1/contracts/{id}/audit", contractId).then()
                .body("items.action", contains("drafted", "proposed", "hearingRequested", "hearingPlanned", "hearingHeld"));
    }

    @Test
    void A4_a_convocation_goes_to_the_beneficiarys_postal_address_and_waits_for_it_to_be_recorded() {
        String contractId = contractAwaitingHearing("fr");
        plan(contractId, "2027-01-14").then().statusCode(200);
        String beneficiaryId = asWorker(CPAS).get("/piis/v1/contracts/{id}", contractId).then().extract().path("beneficiaryId");
        asWorker(CPAS).body("{\"phone\":\"0470 12 34 56\"}").put("/piis/v1/beneficiaries/{id}/contact", beneficiaryId)
                .then().statusCode(200);

        asWorker(CPAS).get("/piis/v1/contracts/{id}/hearing/convocation", contractId).then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("A4"))
                .body("detail", containsString("Aucune adresse postale n'est enregistrée pour Lotte Janssens"));
        asWorker(CPAS).body("{}").post("/piis/v1/contracts/{id}/hearing/letters", contractId).then().statusCode(422)
                .body("rule", equalTo("A4"));

        asWorker(CPAS).body("{\"address\":\"Avenue Louise 54 bte 12\\n1050 Ixelles\"}")
                .put("/piis/v1/beneficiaries/{id}/contact", beneficiaryId).then().statusCode(200);
        Response letter = asWorker(CPAS).get("/piis/v1/contracts/{id}/hearing/convocation", contractId);
        letter.then().statusCode(200);
        assertThat(PdfText.of(letter.asByteArray())).contains("Lotte Janssens Avenue Louise 54 bte 12 1050 Ixelles");
    }

    private String contractAwaitingHearing(String language) {
        String contractId = proposedContract(language);
        asWorker(CPAS).body("{}").post("/piis/v1/contracts/{id}/hearing", contractId).then().statusCode(200);
        return contractId;
    }

    private static String proposedContract(String language) {
        String beneficiaryId = asWorker(CPAS).body("""
                {"ssin":"%s","firstName":"Lotte","lastName":"Janssens","birthDate":"1985-07-30","language":"%s",
                 "risDecisionDate":"2026-11-02","contact":{"address":"Kerkstraat 12, 1000 Brussel"}}
                """.formatted(SsinFactory.next(), language)).post("/piis/v1/beneficiaries").then().statusCode(201).extract().path("id");
        String contractId = draftedContract(CPAS, contractBody(beneficiaryId, WORKERS));
        propose(CPAS, contractId);
        return contractId;
    }

    private static Response plan(String contractId, String day) {
        return asWorker(CPAS).body(appointment(day)).put("/piis/v1/contracts/{id}/hearing/appointment", contractId);
    }

    private static String appointment(String day) {
        return """
                {"plannedOn":"%s","startsAt":"14:00","place":"%s"}
                """.formatted(day, PLACE);
    }

    private static Response outcome(String contractId, String heldOn) {
        String held = heldOn == null ? "" : ",\"heldOn\":\"" + heldOn + "\"";
        return as(CPAS, "COUNCIL").body("{\"outcome\":\"The Council kept the training goal\"" + held + "}")
                .post("/piis/v1/contracts/{id}/hearing/outcome", contractId);
    }

    private static Instant instantOf(VEvent event, String property) {
        Temporal date = event.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
        return Instant.from(date);
    }
}
