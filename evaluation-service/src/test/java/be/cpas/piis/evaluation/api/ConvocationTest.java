package be.cpas.piis.evaluation.api;

import static be.cpas.piis.evaluation.api.EvaluationsApi.as;
import static be.cpas.piis.evaluation.api.EvaluationsApi.evaluationIds;
import static be.cpas.piis.evaluation.api.EvaluationsApi.signedContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
import org.junit.jupiter.api.Test;

/** A1-A3: convocations and reminders, as PDF letters and calendar events, and the evidence that they were sent. */
@QuarkusTest
class ConvocationTest extends ClockMovingTest {

    private static final String ANTWERP = "11002";
    private static final String BRUSSELS = "21004";

    @Test
    void A1_A4_a_convocation_in_the_beneficiarys_language_says_when_where_what_to_bring_and_the_right_to_be_assisted() {
        String evaluationId = firstEvaluation(signedContract(ANTWERP, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "nl"));

        Response dutch = as(ANTWERP).get("/piis/v1/evaluations/{id}/convocation", evaluationId);
        dutch.then().statusCode(200).contentType("application/pdf").header("Content-Language", "nl-BE");
        assertThat(PdfText.of(dutch.asByteArray())).contains("Oproeping", "woensdag 31 maart 2027", "09:30",
                "Sociaal huis, Lange Gasthuisstraat 39, 2000 Antwerpen", "Marie Dubois", "identiteitskaart", "laten bijstaan",
                "OCMW Antwerpen", "Ana Peeters", "Rue de la Loi 16 bte 3", "Voor het OCMW Antwerpen");

        String inBrussels = evaluationIds(BRUSSELS, signedContract(BRUSSELS, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30),
                "fr")).get(0);
        Response french = as(BRUSSELS).get("/piis/v1/evaluations/{id}/convocation", inBrussels);
        french.then().statusCode(200).header("Content-Language", "fr-BE");
        assertThat(PdfText.of(french.asByteArray())).contains("Convocation", "mercredi 31 mars 2027", "carte d'identité",
                "vous faire assister", "CPAS de Bruxelles", "Bruxelles, le", "Accueil social, Rue Haute 298A, 1000 Bruxelles",
                "Pour le CPAS de Bruxelles");
        Response german = as(BRUSSELS).header("Accept-Language", "de-BE").queryParam("reminder", true)
                .get("/piis/v1/evaluations/{id}/convocation", inBrussels);
        assertThat(PdfText.of(german.asByteArray())).contains("Erinnerung an Ihren Termin", "Mittwoch, 31. März 2027", "ÖSHZ Brüssel",
                "Für das ÖSHZ Brüssel");
        as(ANTWERP).queryParam("lang", "en").get("/piis/v1/evaluations/{id}/convocation", evaluationId)
                .then().statusCode(400).body("issues[0].name", equalTo("lang"));
        as(BRUSSELS).get("/piis/v1/evaluations/{id}/convocation", evaluationId).then().statusCode(404);
    }

    @Test
    void X12_A4_a_letter_in_a_language_the_cpas_keeps_no_name_in_is_refused_naming_the_setting() {
        String evaluationId = firstEvaluation(signedContract(ANTWERP, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "nl"));

        as(ANTWERP).queryParam("lang", "fr").get("/piis/v1/evaluations/{id}/convocation", evaluationId).then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("X12"))
                .body("detail", org.hamcrest.Matchers.containsString("names.fr"));
    }

    @Test
    void X8_the_calendar_events_first_path_still_answers_marked_deprecated() throws Exception {
        String evaluationId = firstEvaluation(signedContract(ANTWERP, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "nl"));

        Response ics = as(ANTWERP).get("/piis/v1/evaluations/{id}/convocation.ics", evaluationId);

        ics.then().statusCode(200).contentType("text/calendar").header("Deprecation", "true")
                .header("Link", "<convocation>; rel=\"successor-version\"");
        VEvent event = new CalendarBuilder().build(new ByteArrayInputStream(ics.asByteArray())).<VEvent>getComponent(VEvent.VEVENT)
                .orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).startsWith(evaluationId);
        as(ANTWERP).get("/piis/v1/evaluations/{id}/convocation", evaluationId).then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void A1_the_calendar_event_reads_back_with_its_day_time_and_place() throws Exception {
        String evaluationId = firstEvaluation(signedContract(ANTWERP, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "nl"));

        Response ics = as(ANTWERP).accept("text/calendar").get("/piis/v1/evaluations/{id}/convocation", evaluationId);

        ics.then().statusCode(200).contentType("text/calendar").header("Vary", "Accept");
        VEvent event = new CalendarBuilder().build(new ByteArrayInputStream(ics.asByteArray())).<VEvent>getComponent(VEvent.VEVENT)
                .orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).startsWith(evaluationId);
        assertThat(instantOf(event, Property.DTSTART)).isEqualTo(Instant.parse("2027-03-31T07:30:00Z"));
        assertThat(instantOf(event, Property.DTEND)).isEqualTo(Instant.parse("2027-03-31T08:15:00Z"));
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Sociaal huis, Lange Gasthuisstraat 39, 2000 Antwerpen");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:oproepingen@ocmw.antwerpen.example.be");
    }

    @Test
    void A2_reminders_due_are_listed_until_sent_and_unconfirmed_meetings_until_confirmed() {
        String evaluationId = firstEvaluation(signedContract(ANTWERP, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "nl"));

        clock.moveTo(LocalDate.of(2027, 3, 25));
        as(ANTWERP).queryParam("reminderDue", true).get("/piis/v1/evaluations").then().body("items.id", not(hasItem(evaluationId)));

        clock.moveTo(LocalDate.of(2027, 3, 26));
        as(ANTWERP).queryParam("reminderDue", true).get("/piis/v1/evaluations").then().statusCode(200)
                .body("items.id", hasItem(evaluationId));
        as(ANTWERP).get("/piis/v1/evaluations/{id}", evaluationId).then().body("appointment.reminderDueOn", equalTo("2027-03-26"));
        as(ANTWERP).body("{\"kind\":\"reminder\"}").post("/piis/v1/evaluations/{id}/letters", evaluationId).then().statusCode(201)
                .body("kind", equalTo("reminder"))
                .body("language", equalTo("nl"))
                .body("sentOn", equalTo("2027-03-26"));
        as(ANTWERP).queryParam("reminderDue", true).get("/piis/v1/evaluations").then().body("items.id", not(hasItem(evaluationId)));

        as(ANTWERP).queryParam("unconfirmed", true).get("/piis/v1/evaluations").then().body("items.id", hasItem(evaluationId));
        as(ANTWERP).body("{}").post("/piis/v1/evaluations/{id}/confirmation", evaluationId).then().statusCode(200)
                .body("confirmedOn", equalTo("2027-03-26"))
                .body("reminderSentOn", equalTo("2027-03-26"));
        as(ANTWERP).queryParam("unconfirmed", true).get("/piis/v1/evaluations").then().body("items.id", not(hasItem(evaluationId)));
    }

    @Test
    void A3_a_letter_sent_is_kept_byte_for_byte_with_the_day_it_was_sent_and_a_move_calls_for_a_new_one() throws Exception {
        String evaluationId = firstEvaluation(signedContract(ANTWERP, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "nl"));
        clock.moveTo(LocalDate.of(2027, 3, 10));

        String href = as(ANTWERP).body("{\"kind\":\"convocation\",\"sentOn\":\"2027-03-08\"}")
                .post("/piis/v1/evaluations/{id}/letters", evaluationId).then().statusCode(201)
                .body("sentOn", equalTo("2027-03-08"))
                .extract().path("href");
        String sha256 = as(ANTWERP).get("/piis/v1/evaluations/{id}/letters", evaluationId).then().statusCode(200)
                .body("items[0].href", equalTo(href))
                .extract().path("items[0].sha256");
        byte[] kept = as(ANTWERP).get(href).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kept))).isEqualTo(sha256);
        assertThat(PdfText.of(kept)).contains("Oproeping", "woensdag 31 maart 2027");
        as(ANTWERP).get("/piis/v1/evaluations/{id}", evaluationId).then().body("appointment.convocationSentOn", equalTo("2027-03-08"));
        as(ANTWERP).body("{\"kind\":\"convocation\",\"sentOn\":\"2027-03-11\"}").post("/piis/v1/evaluations/{id}/letters", evaluationId)
                .then().statusCode(422).body("rule", equalTo("X9"));

        as(ANTWERP).body("{\"plannedOn\":\"2027-04-02\",\"startsAt\":\"11:00\",\"place\":\"Antenne Noord, Kerkstraat 5, 2060 Antwerpen\"}")
                .put("/piis/v1/evaluations/{id}/appointment", evaluationId).then().statusCode(200)
                .body("appointment.convocationSentOn", nullValue());
        as(ANTWERP).get("/piis/v1/evaluations/{id}/letters", evaluationId).then().body("items.size()", equalTo(1));
    }

    @Test
    void A1_A2_X4_an_interview_is_convoked_and_reminded_once_it_has_a_day_time_and_place() {
        String contractId = signedContract(BRUSSELS, "general", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), "fr");
        clock.moveTo(LocalDate.of(2027, 2, 1));
        String requestId = as(BRUSSELS).body("{\"contractId\":\"" + contractId + "\"}").post("/piis/v1/interviewRequests")
                .then().statusCode(201).extract().path("id");

        as(BRUSSELS).get("/piis/v1/interviewRequests/{id}/convocation", requestId).then().statusCode(409).body("rule", equalTo("E3"));
        as(BRUSSELS).body("{\"plannedOn\":\"2027-02-04\",\"startsAt\":\"10:15\",\"place\":\"Rue Haute 298A, 1000 Bruxelles\"}")
                .put("/piis/v1/interviewRequests/{id}/appointment", requestId).then().statusCode(200);

        Response letter = as(BRUSSELS).get("/piis/v1/interviewRequests/{id}/convocation", requestId);
        letter.then().statusCode(200).header("Content-Language", "fr-BE");
        assertThat(PdfText.of(letter.asByteArray())).contains("Vous avez demandé un entretien le lundi 1 février 2027", "jeudi 4 février 2027",
                "10:15");
        as(BRUSSELS).accept("text/calendar").get("/piis/v1/interviewRequests/{id}/convocation", requestId).then().statusCode(200)
                .contentType("text/calendar");
        as(BRUSSELS).queryParam("reminderDue", true).get("/piis/v1/interviewRequests").then().statusCode(200)
                .body("items.id", hasItem(requestId));
        as(BRUSSELS).get("/piis/v1/interviewRequests/{id}/audit", requestId).then().statusCode(200)
                .body("items.action", contains("requested", "scheduled"))
                .body("items[1].after.place", equalTo("Rue Haute 298A, 1000 Bruxelles"));
    }

    private static String firstEvaluation(String contractId) {
        return evaluationIds(ANTWERP, contractId).get(0);
    }

    private static Instant instantOf(VEvent event, String property) {
        Temporal date = event.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
        return Instant.from(date);
    }
}
