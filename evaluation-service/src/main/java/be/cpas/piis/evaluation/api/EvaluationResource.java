package be.cpas.piis.evaluation.api;

import be.cpas.piis.evaluation.application.Meetings;
import be.cpas.piis.evaluation.application.PlanningEvaluations;
import be.cpas.piis.evaluation.application.RecordingEvaluations;
import be.cpas.piis.evaluation.domain.Attendance;
import be.cpas.piis.evaluation.domain.Evaluation;
import be.cpas.piis.evaluation.domain.EvaluationFrequency;
import be.cpas.piis.evaluation.domain.EvaluationKind;
import be.cpas.piis.evaluation.domain.EvaluationStatus;
import be.cpas.piis.evaluation.persistence.AppointmentFilter;
import be.cpas.piis.evaluation.persistence.EvaluationRepository;
import be.cpas.piis.evaluation.persistence.EvaluationRepository.InPersonShortfall;
import be.cpas.piis.platform.api.QueryValues;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.Page;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/evaluations")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class EvaluationResource extends MeetingEndpoints {

    public record EvaluationView(UUID id, URI href, UUID contractId, LocalDate plannedOn, EvaluationKind kind, EvaluationStatus status,
                                 AppointmentView appointment, LocalDate heldOn, Attendance attendance, String excuseReason,
                                 String progress, String notes, String adjustments) {
    }

    /** E4: how the evaluation went; {@code heldOn} is today when absent (X9); an excused absence says why. */
    public record EvaluationRecord(LocalDate heldOn, @NotNull Attendance attendance, @Size(max = 1000) String excuseReason,
                                   @Size(max = 20000) String progress, @Size(max = 4000) String notes,
                                   @Size(max = 4000) String adjustments) {
    }

    /**
     * E2: a running contract whose current contract-year can no longer hold enough in-person evaluations;
     * {@code stillPlanned} counts those still to come, not those whose day passed unrecorded.
     */
    public record InPersonShortfallView(UUID contractId, URI evaluations, LocalDate yearStartsOn, LocalDate yearEndsOn,
                                        int evaluationsInYear, int heldInPerson, int stillPlanned, int inPersonRequired) {
    }

    @Inject
    RecordingEvaluations recording;

    @Inject
    PlanningEvaluations planning;

    @Inject
    EvaluationRepository evaluations;

    @Override
    protected Meetings meetings() {
        return Meetings.EVALUATIONS;
    }

    @Override
    protected String collection() {
        return "evaluations";
    }

    @GET
    @Transactional
    @Operation(summary = "Evaluations of the caller's CPAS in date order (E1), filtered by contract, social worker, status, "
            + "due within some days, planned between two days, overdue, reminders due (A2) or not confirmed (A2)")
    public Page<EvaluationView> list(@QueryParam("contractId") String contractId,
                                     @Parameter(description = "the referent or replacement social worker of the contract")
                                     @QueryParam("socialWorker") String socialWorker,
                                     @Parameter(description = "planned, completed, missed or cancelled") @QueryParam("status") String status,
                                     @Parameter(description = "planned evaluations from today to this many days ahead")
                                     @QueryParam("dueWithinDays") @Min(0) @Max(366) Integer dueWithinDays,
                                     @Parameter(description = "evaluations planned on or after this day (yyyy-MM-dd)")
                                     @QueryParam("plannedFrom") String plannedFrom,
                                     @Parameter(description = "evaluations planned on or before this day (yyyy-MM-dd)")
                                     @QueryParam("plannedUntil") String plannedUntil,
                                     @Parameter(description = "true: planned evaluations whose day passed without being recorded")
                                     @QueryParam("overdue") boolean overdue,
                                     @Parameter(description = "true: planned evaluations whose reminder is due and not sent (A2)")
                                     @QueryParam("reminderDue") boolean reminderDue,
                                     @Parameter(description = "true: planned evaluations in the reminder window nobody confirmed (A2)")
                                     @QueryParam("unconfirmed") boolean unconfirmed,
                                     @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                     @QueryParam(Cursor.PARAMETER) String cursor) {
        AppointmentFilter appointments = appointmentFilter(reminderDue, unconfirmed);
        EvaluationRepository.Filter filter = new EvaluationRepository.Filter(QueryValues.uuid("contractId", contractId),
                QueryValues.text(socialWorker),
                Optional.ofNullable(status).map(code -> Codes.parseQuery(EvaluationStatus.class, "status", code)),
                Optional.ofNullable(dueWithinDays).map(appointments.today()::plusDays),
                QueryValues.date("plannedFrom", plannedFrom), QueryValues.date("plannedUntil", plannedUntil), overdue, appointments);
        Optional<Cursor.DateAndId> after = Optional.ofNullable(cursor).map(Cursor::dateAndId);
        List<Evaluation> found = evaluations.page(cpas.code(), filter, after, pageSize + 1);
        return Page.of(found, pageSize, evaluation -> new Object[] {evaluation.plannedOn(), evaluation.id()}, this::viewOf, uriInfo);
    }

    @GET
    @Path("/inPersonShortfalls")
    @Transactional
    @Operation(summary = "Running contracts whose current contract-year can no longer hold 2 in-person evaluations (E2), by contract id")
    public Page<InPersonShortfallView> inPersonShortfalls(@QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                                          @QueryParam(Cursor.PARAMETER) String cursor) {
        Optional<UUID> after = Optional.ofNullable(cursor).map(Cursor::id);
        List<InPersonShortfall> found = evaluations.inPersonShortfalls(cpas.code(), clock.today(),
                EvaluationFrequency.MINIMUM_IN_PERSON_PER_YEAR, after, pageSize + 1);
        return Page.of(found, pageSize, shortfall -> new Object[] {shortfall.contractId()}, this::viewOf, uriInfo);
    }

    @GET
    @Path("/{meetingId}")
    @Transactional
    @Operation(summary = "An evaluation of the caller's CPAS")
    public EvaluationView read(@PathParam("meetingId") UUID evaluationId) {
        return evaluations.findInCpas(evaluationId, cpas.code())
                .map(this::viewOf)
                .orElseThrow(() -> new ResourceNotFoundException("resource.evaluation", evaluationId));
    }

    @PUT
    @Path("/{meetingId}/appointment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Move an evaluation to another day, time or place (E1): refused when the contract would be evaluated "
            + "fewer than 3 times in some 12 months; the letters sent for the old appointment no longer count (A1)")
    public EvaluationView move(@PathParam("meetingId") UUID evaluationId, @Valid @NotNull AppointmentChange change) {
        return viewOf(planning.move(cpas.code(), evaluationId, change.plannedOn(), change.startsAt(), change.place()));
    }

    @POST
    @Path("/{meetingId}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record how an evaluation went (E4); an unexcused absence publishes EvaluationMissed (E5), "
            + "a final evaluation held publishes FinalEvaluationCompleted (E6)")
    public EvaluationView record(@PathParam("meetingId") UUID evaluationId, @Valid @NotNull EvaluationRecord request) {
        return viewOf(recording.record(cpas.code(), evaluationId, new RecordingEvaluations.Record(request.heldOn(),
                request.attendance(), request.excuseReason(), request.progress(), request.notes(), request.adjustments())));
    }

    private EvaluationView viewOf(Evaluation evaluation) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/evaluations/{id}").build(evaluation.id());
        return new EvaluationView(evaluation.id(), href, evaluation.contractId(), evaluation.plannedOn(), evaluation.kind(),
                evaluation.status(), AppointmentView.of(evaluation.appointment(), settings.reminderDaysBefore()), evaluation.heldOn(),
                evaluation.attendance(), evaluation.excuseReason(), evaluation.progress(), evaluation.notes(), evaluation.adjustments());
    }

    private InPersonShortfallView viewOf(InPersonShortfall shortfall) {
        URI contractEvaluations = uriInfo.getBaseUriBuilder().path("piis/v1/evaluations")
                .queryParam("contractId", shortfall.contractId()).build();
        return new InPersonShortfallView(shortfall.contractId(), contractEvaluations, shortfall.yearStartsOn(), shortfall.yearEndsOn(),
                shortfall.evaluations(), shortfall.heldInPerson(), shortfall.stillPlanned(),
                Math.min(EvaluationFrequency.MINIMUM_IN_PERSON_PER_YEAR, shortfall.evaluations()));
    }
}
