package be.cpas.piis.evaluation.api;

import be.cpas.piis.evaluation.application.AppointmentSettings;
import be.cpas.piis.evaluation.application.Convoking;
import be.cpas.piis.evaluation.application.Convoking.RenderedLetter;
import be.cpas.piis.evaluation.application.Meetings;
import be.cpas.piis.evaluation.domain.Appointment;
import be.cpas.piis.evaluation.domain.LetterKind;
import be.cpas.piis.evaluation.domain.Meeting;
import be.cpas.piis.evaluation.persistence.AppointmentFilter;
import be.cpas.piis.platform.api.Representations;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A1-A3: what the collections of meetings, evaluations and requested interviews, offer alike under
 * each item: the convocation as PDF and as calendar event, the reminder, the letters sent (kept as
 * evidence) and the beneficiary's confirmation.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public abstract class MeetingEndpoints {

    static final String PDF = Representations.PDF;
    static final String CALENDAR = Representations.CALENDAR;

    /** A3, X9: a letter sent on {@code sentOn} (today when absent), in {@code language} (the beneficiary's when absent). */
    public record LetterSent(@NotNull LetterKind kind, LocalDate sentOn, Language language) {
    }

    /** A2, X9: the beneficiary confirmed on {@code confirmedOn} (today when absent). */
    public record Confirmation(LocalDate confirmedOn) {
    }

    public record SentLetterView(UUID id, URI href, String kind, Language language, LocalDate sentOn, Instant recordedAt, String sha256) {
    }

    @Inject
    Convoking convoking;

    @Inject
    protected AppointmentSettings settings;

    @Inject
    protected CurrentCpas cpas;

    @Inject
    protected PiisClock clock;

    @Context
    protected UriInfo uriInfo;

    /** Which meetings this collection holds. */
    protected abstract Meetings meetings();

    /** The collection's path under {@code /piis/v1}. */
    protected abstract String collection();

    /** A2: the meetings whose reminder is due and not sent, or that nobody confirmed, within the reminder window. */
    protected AppointmentFilter appointmentFilter(boolean reminderDue, boolean unconfirmed) {
        LocalDate today = clock.today();
        Optional<LocalDate> window = Optional.of(Appointment.lastMeetingDayToRemind(today, settings.reminderDaysBefore()));
        return new AppointmentFilter(today, reminderDue ? window : Optional.empty(), unconfirmed ? window : Optional.empty());
    }

    @GET
    @Path("/{meetingId}/convocation")
    @Produces({PDF, CALENDAR})
    @Operation(summary = "The convocation to the meeting (A1), chosen with Accept: the letter as application/pdf (the default; "
            + "language from lang, else Accept-Language, else the beneficiary's) or the event as text/calendar")
    @APIResponse(responseCode = "200", description = "The PDF, with Content-Language fr-BE, nl-BE or de-BE, or an RFC 5545 calendar "
            + "with one event, which keeps its UID when the meeting moves, so that calendars update it",
            content = {@Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING))})
    public Response convocation(@PathParam("meetingId") UUID meetingId,
                                @Parameter(description = "fr, nl or de") @QueryParam(DocumentLanguages.QUERY_PARAMETER) String lang,
                                @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                @Parameter(description = "true: the reminder (A2) rather than the convocation") @QueryParam("reminder") boolean reminder,
                                @Context HttpHeaders headers) {
        // A language that is not fr, nl or de is a 400 whichever representation is asked for.
        Optional<Language> asked = DocumentLanguages.asked(lang, acceptLanguage);
        if (Representations.calendarWanted(headers)) {
            return calendarEvent(meetingId).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        RenderedLetter letter = convoking.letter(cpas.code(), meetings(), meetingId, reminder ? LetterKind.REMINDER : LetterKind.CONVOCATION, asked);
        return Response.ok(letter.pdf(), PDF)
                .header(HttpHeaders.CONTENT_LANGUAGE, DocumentLanguages.tagOf(letter.language()))
                .header("Content-Disposition", "inline; filename=\"convocation-" + meetingId + ".pdf\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    /** X8: the first path of the calendar event, kept for the clients that use it; the convocation answers text/calendar. */
    @GET
    @Path("/{meetingId}/convocation.ics")
    @Produces(CALENDAR)
    @Operation(summary = "The meeting as an iCalendar event (A1). Deprecated: ask …/convocation with Accept: text/calendar",
            deprecated = true)
    @APIResponse(responseCode = "200", description = "An RFC 5545 calendar with one event",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response calendarEventAtItsOldPath(@PathParam("meetingId") UUID meetingId) {
        return calendarEvent(meetingId).header("Deprecation", "true")
                .header("Link", "<convocation>; rel=\"successor-version\"")
                .build();
    }

    private Response.ResponseBuilder calendarEvent(UUID meetingId) {
        return Response.ok(convoking.calendarEvent(cpas.code(), meetings(), meetingId), CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"convocation-" + meetingId + ".ics\"");
    }

    @POST
    @Path("/{meetingId}/letters")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    // Said again for the OpenAPI document, which does not read the role of a method declared in an abstract class.
    @SecurityRequirement(name = "SecurityScheme", scopes = Roles.SOCIAL_WORKER)
    @Operation(summary = "Record that the convocation or the reminder was sent, and keep that very letter (A1-A3)")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SentLetterView.class)))
    public Response sent(@PathParam("meetingId") UUID meetingId,
                         @Valid @NotNull LetterSent request) {
        SentDocument sent = convoking.sent(cpas.code(), meetings(), meetingId, request.kind(), Optional.ofNullable(request.language()),
                request.sentOn());
        SentLetterView view = viewOf(sent);
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Path("/{meetingId}/audit")
    @Operation(summary = "Every change of the meeting, with who, when, the day it happened and the values before and after (X4)")
    public Map<String, List<AuditTrail.Entry>> audit(@PathParam("meetingId") UUID meetingId) {
        return Map.of("items", convoking.auditTrail(cpas.code(), meetings(), meetingId));
    }

    @GET
    @Path("/{meetingId}/letters")
    @Operation(summary = "The letters sent for the meeting, oldest first (A3)")
    public Map<String, List<SentLetterView>> sentLetters(@PathParam("meetingId") UUID meetingId) {
        return Map.of("items", convoking.sentLetters(cpas.code(), meetings(), meetingId).stream()
                .map(sent -> viewOf(sent)).toList());
    }

    @GET
    @Path("/{meetingId}/letters/{letterId}")
    @Produces(PDF)
    @Operation(summary = "A letter exactly as it was sent (A3)")
    @APIResponse(responseCode = "200", description = "The PDF as sent",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response sentLetter(@PathParam("meetingId") UUID meetingId,
                               @PathParam("letterId") UUID letterId) {
        return Response.ok(convoking.sentLetter(cpas.code(), meetings(), meetingId, letterId), PDF).build();
    }

    @POST
    @Path("/{meetingId}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    // Said again for the OpenAPI document, which does not read the role of a method declared in an abstract class.
    @SecurityRequirement(name = "SecurityScheme", scopes = Roles.SOCIAL_WORKER)
    @Operation(summary = "Record that the beneficiary confirmed the meeting (A2); unconfirmed meetings are listed with unconfirmed=true")
    public AppointmentView confirmed(@PathParam("meetingId") UUID meetingId,
                                     @Valid Confirmation confirmation) {
        LocalDate confirmedOn = confirmation == null ? null : confirmation.confirmedOn();
        Meeting meeting = convoking.confirmed(cpas.code(), meetings(), meetingId, confirmedOn);
        return AppointmentView.of(meeting.appointment(), settings.reminderDaysBefore());
    }

    private SentLetterView viewOf(SentDocument sent) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1").path(collection()).path("{meetingId}/letters/{letterId}")
                .build(sent.subjectId(), sent.id());
        return new SentLetterView(sent.id(), href, sent.kind(), sent.language(), sent.sentOn(), sent.recordedAt(), sent.sha256());
    }
}
