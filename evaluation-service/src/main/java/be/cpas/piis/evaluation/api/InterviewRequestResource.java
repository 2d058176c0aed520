package be.cpas.piis.evaluation.api;

import be.cpas.piis.evaluation.application.HandlingInterviewRequests;
import be.cpas.piis.evaluation.application.Meetings;
import be.cpas.piis.evaluation.domain.InterviewRequest;
import be.cpas.piis.evaluation.persistence.DeadlineFilter;
import be.cpas.piis.evaluation.persistence.InterviewRequestRepository;
import be.cpas.piis.platform.api.QueryValues;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.Page;
import be.cpas.piis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** E3: interviews a beneficiary asked for, due within 5 working days of the request. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/interviewRequests")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class InterviewRequestResource extends MeetingEndpoints {

    /** E3, X9: the request, made on {@code requestedOn} (today when absent). */
    public record NewInterviewRequest(@NotNull UUID contractId, LocalDate requestedOn, @Size(max = 2000) String reason) {
    }

    /** E3, X9: the interview took place on {@code heldOn} (today when absent). */
    public record InterviewHeld(LocalDate heldOn, @Size(max = 4000) String notes) {
    }

    /**
     * {@code lateForDeadline}: the interview is set after its deadline (E3), allowed but flagged;
     * {@code overdue}: the deadline passed without the interview, which the CPAS must answer for (S5).
     */
    public record InterviewRequestView(UUID id, URI href, UUID contractId, LocalDate requestedOn, LocalDate dueBy, String reason,
                                       InterviewRequest.Status status, AppointmentView appointment, boolean lateForDeadline,
                                       boolean overdue, LocalDate heldOn, String notes) {
    }

    @Inject
    HandlingInterviewRequests handling;

    @Inject
    InterviewRequestRepository requests;

    @Override
    protected Meetings meetings() {
        return Meetings.INTERVIEW_REQUESTS;
    }

    @Override
    protected String collection() {
        return "interviewRequests";
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record a beneficiary's request for an interview (E3): due within 5 working days; publishes InterviewRequested")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewRequestView.class)))
    public Response request(@Valid @NotNull NewInterviewRequest request) {
        InterviewRequestView view = viewOf(handling.receive(cpas.code(), request.contractId(), request.requestedOn(), request.reason()));
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Transactional
    @Operation(summary = "Interview requests of the caller's CPAS by deadline, of one contract or social worker, waiting, overdue (E3), "
            + "with a reminder due (A2) or not confirmed (A2)")
    public Page<InterviewRequestView> list(@QueryParam("contractId") String contractId,
                                           @Parameter(description = "the referent or replacement social worker of the contract")
                                           @QueryParam("socialWorker") String socialWorker,
                                           @Parameter(description = "true: only the requests not held yet, set or not")
                                           @QueryParam("waiting") boolean waiting,
                                           @Parameter(description = "true: only the requests whose deadline passed without the interview")
                                           @QueryParam("overdue") boolean overdue,
                                           @Parameter(description = "true: scheduled interviews whose reminder is due and not sent (A2)")
                                           @QueryParam("reminderDue") boolean reminderDue,
                                           @Parameter(description = "true: scheduled interviews in the reminder window nobody confirmed (A2)")
                                           @QueryParam("unconfirmed") boolean unconfirmed,
                                           @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                           @QueryParam(Cursor.PARAMETER) String cursor) {
        DeadlineFilter filter = new DeadlineFilter(QueryValues.uuid("contractId", contractId), QueryValues.text(socialWorker), overdue,
                clock.today());
        Optional<Cursor.DateAndId> after = Optional.ofNullable(cursor).map(Cursor::dateAndId);
        List<InterviewRequest> found = requests.page(cpas.code(), filter, waiting, appointmentFilter(reminderDue, unconfirmed), after,
                pageSize + 1);
        return Page.of(found, pageSize, request -> new Object[] {request.dueBy(), request.id()}, this::viewOf, uriInfo);
    }

    @GET
    @Path("/{meetingId}")
    @Transactional
    @Operation(summary = "An interview request of the caller's CPAS")
    public InterviewRequestView read(@PathParam("meetingId") UUID requestId) {
        return viewOf(handling.find(cpas.code(), requestId));
    }

    @PUT
    @Path("/{meetingId}/appointment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Set or move the interview (E3, A1); a day after the deadline is accepted and flagged lateForDeadline")
    public InterviewRequestView schedule(@PathParam("meetingId") UUID requestId, @Valid @NotNull AppointmentChange change) {
        return viewOf(handling.schedule(cpas.code(), requestId, change.plannedOn(), change.startsAt(), change.place()));
    }

    @POST
    @Path("/{meetingId}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record that the interview took place (E3); held after its deadline, InterviewOverdue is published once")
    public InterviewRequestView hold(@PathParam("meetingId") UUID requestId, @Valid InterviewHeld held) {
        InterviewHeld record = held == null ? new InterviewHeld(null, null) : held;
        return viewOf(handling.hold(cpas.code(), requestId, record.heldOn(), record.notes()));
    }

    private InterviewRequestView viewOf(InterviewRequest request) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/interviewRequests/{id}").build(request.id());
        AppointmentView appointment = request.scheduled().map(scheduled -> AppointmentView.of(scheduled, settings.reminderDaysBefore()))
                .orElse(null);
        return new InterviewRequestView(request.id(), href, request.contractId(), request.requestedOn(), request.dueBy(), request.reason(),
                request.status(), appointment, request.lateForDeadline(), request.overdue(clock.today()), request.heldOn(), request.notes());
    }
}
