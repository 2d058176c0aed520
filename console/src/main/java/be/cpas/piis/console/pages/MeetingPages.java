package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.MeetingsApi;
import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.Refusals;
import be.cpas.piis.console.signin.PageLanguage;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * What the pages of an evaluation and of an interview serve alike (A1-A3), under the path of each:
 * the convocation as the beneficiary receives it, the meeting for a calendar, a letter recorded as
 * sent and that very letter again.
 */
abstract class MeetingPages {

    @Inject
    Refusals refusals;

    @Inject
    PageLanguage language;

    /** The API of the meetings these pages show. */
    abstract MeetingsApi meetings();

    /** "evaluation" or "interview": what the files saved are named after. */
    abstract String kind();

    /** The meeting's page. */
    abstract String pathOf(UUID id);

    /** The language of the beneficiary the meeting is with, which their letters are written in. */
    abstract String beneficiaryLanguageOf(UUID id);

    /** The meeting's page again, with what the API refused. */
    abstract TemplateInstance refusedPage(UUID id, Problem problem);

    /** A1: the convocation as the beneficiary receives it, in the beneficiary's language. */
    @GET
    @Path("/{id}/convocation")
    @Produces("application/pdf")
    public Response convocation(@PathParam("id") UUID id) {
        return Answers.pdf(meetings().convocation(id, beneficiaryLanguageOf(id)), kind() + "-convocation-" + id + ".pdf");
    }

    /** A1: the meeting for the social worker's calendar. */
    @GET
    @Path("/{id}/calendar")
    @Produces("text/calendar")
    public Response calendarEvent(@PathParam("id") UUID id) {
        return Answers.calendar(meetings().calendarEvent(id), kind() + "-" + id + ".ics");
    }

    /** A3: a convocation or a reminder went out on {@code sentOn} (today when blank), in the beneficiary's language. */
    @POST
    @Path("/{id}/letters")
    public Response letterSent(@PathParam("id") UUID id, @FormParam("kind") String kind, @FormParam("sentOn") String sentOn,
                               @HeaderParam("HX-Request") String htmx) {
        try {
            meetings().letterSent(id, MeetingLetters.sent(kind, sentOn));
            return Answers.seeOther(pathOf(id), htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return Answers.page(refusedPage(id, problem), language.locale(), 422);
        }
    }

    /** A3: a letter exactly as it was sent. */
    @GET
    @Path("/{id}/letters/{letterId}")
    @Produces("application/pdf")
    public Response sentLetter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
        return Answers.pdf(meetings().letter(id, letterId), kind() + "-letter-" + letterId + ".pdf");
    }
}
