package be.cpas.piis.platform.document;

import be.cpas.piis.platform.text.CarriedText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An appointment (an evaluation, a hearing) as an iCalendar file (RFC 5545) to go with its letter,
 * so that the person and the social worker add it to their calendar as it is, without retyping it.
 *
 * <p>Times are written in UTC: every calendar shows them in its own time zone, so the file needs no
 * VTIMEZONE, whose rules ical4j would otherwise take from its own time-zone data rather than the JDK's.
 *
 * @param uid names the appointment: a file sent again for the same appointment keeps it
 * @param start in any zone; the instant is what counts
 * @param location optional; a postal address may hold commas and semicolons
 * @param description optional
 * @param organizer the e-mail address of the sender (a CPAS service): a published event names one (RFC 5546)
 */
public record CalendarInvitation(UUID uid, ZonedDateTime start, Duration duration, String summary, String location,
        String description, String organizer) {

    private static final String UID_DOMAIN = "@piis.cpas.be";
    private static final String PRODUCT = "-//PIIS//Convocations//FR";

    public CalendarInvitation {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(organizer, "organizer");
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("An appointment lasts some time: " + duration);
        }
    }

    /**
     * The file's UTF-8 bytes, its lines ending in CRLF and folded by ical4j at 75 characters (RFC 5545
     * counts octets, so a line of accented letters may be longer; readers unfold lines whatever their length).
     *
     * @param stampedAt when the file is written ({@code DTSTAMP}): the service's clock, so that the
     *                  same invitation gives the same bytes, which an archived copy depends on
     */
    public byte[] toIcs(Instant stampedAt) {
        // Text recorded before uncarried characters were refused at the door still makes an invitation.
        List<Property> event = new ArrayList<>(List.of(
                new Uid(uid + UID_DOMAIN),
                new DtStamp(stampedAt),
                new DtStart<>(start.toInstant()),
                new DtEnd<>(start.toInstant().plus(duration)),
                new Summary(CarriedText.withoutUncarried(summary)),
                new Organizer(mailto(organizer))));
        if (location != null) {
            event.add(new Location(CarriedText.withoutUncarried(location)));
        }
        if (description != null) {
            event.add(new Description(CarriedText.withoutUncarried(description)));
        }
        Calendar calendar = new Calendar(
                new PropertyList(List.of(new ProdId(PRODUCT), ImmutableVersion.VERSION_2_0, ImmutableMethod.PUBLISH)),
                new ComponentList<CalendarComponent>(List.of(new VEvent(new PropertyList(event)))));
        StringWriter ics = new StringWriter();
        try {
            // Validating: an invitation a calendar would refuse fails here, not in the recipient's mailbox.
            new CalendarOutputter(true).output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException("The invitation could not be written", e);
        }
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an e-mail address: " + address, e);
        }
    }
}
