package be.cpas.piis.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/** An invitation read back by a calendar parser gives what was written, to the letter and the minute. */
class CalendarInvitationTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final UUID APPOINTMENT = UUID.fromString("0b6f1c1e-6a51-4c1f-9d0e-3f2a7c5b8e41");
    private static final String SUMMARY = "Évaluation du contrat PIIS — Łukasz";
    private static final String LOCATION = "CPAS de Bruxelles, Rue Haute 298A; 2e étage";
    private static final String DESCRIPTION = "Apportez votre carte d'identité.\nVragen? Bel 02 543 60 00 \\ Fragen? Rufen Sie an.";
    private static final Instant WRITTEN = Instant.parse("2027-02-01T10:00:00Z");

    @Test
    void a_winter_appointment_in_brussels_starts_one_hour_earlier_in_utc() throws Exception {
        VEvent event = onlyEvent(invitation(LocalDateTime.parse("2027-03-15T09:30")).toIcs(WRITTEN));

        assertThat(instantOf(event, Property.DTSTART)).isEqualTo(Instant.parse("2027-03-15T08:30:00Z"));
        assertThat(instantOf(event, Property.DTEND)).isEqualTo(Instant.parse("2027-03-15T09:15:00Z"));
    }

    @Test
    void a_summer_appointment_in_brussels_starts_two_hours_earlier_in_utc() throws Exception {
        VEvent event = onlyEvent(invitation(LocalDateTime.parse("2027-07-01T09:30")).toIcs(WRITTEN));

        assertThat(instantOf(event, Property.DTSTART)).isEqualTo(Instant.parse("2027-07-01T07:30:00Z"));
        assertThat(instantOf(event, Property.DTEND)).isEqualTo(Instant.parse("2027-07-01T08:15:00Z"));
    }

    @Test
    void names_punctuation_and_line_breaks_read_back_as_written() throws Exception {
        VEvent event = onlyEvent(invitation(LocalDateTime.parse("2027-03-15T09:30")).toIcs(WRITTEN));

        assertThat(valueOf(event, Property.UID)).isEqualTo(APPOINTMENT + "@piis.cpas.be");
        assertThat(valueOf(event, Property.SUMMARY)).isEqualTo(SUMMARY);
        assertThat(valueOf(event, Property.LOCATION)).isEqualTo(LOCATION);
        assertThat(valueOf(event, Property.DESCRIPTION)).isEqualTo(DESCRIPTION);
        assertThat(valueOf(event, Property.ORGANIZER)).isEqualTo("mailto:convocations@cpas-bruxelles.be");
        assertThat(instantOf(event, Property.DTSTAMP)).isEqualTo(WRITTEN);
    }

    @Test
    void the_file_is_a_published_utf_8_calendar_with_folded_crlf_lines_and_no_time_zone() throws Exception {
        byte[] ics = invitation(LocalDateTime.parse("2027-07-01T09:30")).toIcs(WRITTEN);
        String text = new String(ics, StandardCharsets.UTF_8);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nPRODID:-//PIIS//Convocations//FR\r\n", "\r\nVERSION:2.0\r\n", "\r\nMETHOD:PUBLISH\r\n",
                        "\r\nDTSTART:20270701T073000Z\r\n", "\r\nDTEND:20270701T081500Z\r\n")
                .doesNotContain("VTIMEZONE", "TZID");
        assertThat(text.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\n", "\r");
        // ical4j folds long lines (the description here) by characters, not by octets as RFC 5545 would rather.
        assertThat(text).contains("\r\n ");
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(75));
        assertThat(parse(ics).getComponents()).hasSize(1);
    }

    @Test
    void the_same_invitation_written_at_the_same_time_gives_the_same_bytes() {
        CalendarInvitation invitation = invitation(LocalDateTime.parse("2027-03-15T09:30"));

        assertThat(invitation.toIcs(WRITTEN)).isEqualTo(invitation.toIcs(WRITTEN));
    }

    @Test
    void an_appointment_lasts_some_time() {
        ZonedDateTime start = LocalDateTime.parse("2027-03-15T09:30").atZone(BRUSSELS);

        assertThatThrownBy(() -> new CalendarInvitation(APPOINTMENT, start, Duration.ZERO, SUMMARY, null, null, "a@b.be"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CalendarInvitation invitation(LocalDateTime inBrussels) {
        return new CalendarInvitation(APPOINTMENT, inBrussels.atZone(BRUSSELS), Duration.ofMinutes(45), SUMMARY,
                LOCATION, DESCRIPTION, "convocations@cpas-bruxelles.be");
    }

    private static Calendar parse(byte[] ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static VEvent onlyEvent(byte[] ics) throws IOException, ParserException {
        return parse(ics).<VEvent>getComponent(VEvent.VEVENT).orElseThrow();
    }

    private static String valueOf(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static Instant instantOf(VEvent event, String property) {
        Temporal date = event.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
        return Instant.from(date);
    }
}
