package be.cpas.piis.console.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;

/**
 * What evaluation-service serves alike for an evaluation and an interview request, under the path of
 * each: the convocation, its calendar event and the letters sent (A1-A3).
 */
public interface MeetingsApi {

    /** A1: the convocation the beneficiary receives, as a PDF in {@code lang} (fr, nl or de). */
    @GET
    @Path("/{id}/convocation")
    @Produces("application/pdf")
    byte[] convocation(@PathParam("id") UUID id, @QueryParam("lang") String lang);

    /** A1: the same meeting as an iCalendar event, whose UID stays when the meeting moves. */
    @GET
    @Path("/{id}/convocation")
    @Produces("text/calendar")
    String calendarEvent(@PathParam("id") UUID id);

    /** A3: {@code {"kind":"convocation|reminder","sentOn"}}: the letter went out, and that very PDF is kept. */
    @POST
    @Path("/{id}/letters")
    SentLetter letterSent(@PathParam("id") UUID id, Map<String, Object> sent);

    /** A3: the letters sent for the meeting, oldest first. */
    @GET
    @Path("/{id}/letters")
    Page<SentLetter> letters(@PathParam("id") UUID id);

    /** A3: a letter exactly as it was sent. */
    @GET
    @Path("/{id}/letters/{letterId}")
    @Produces("application/pdf")
    byte[] letter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId);
}
