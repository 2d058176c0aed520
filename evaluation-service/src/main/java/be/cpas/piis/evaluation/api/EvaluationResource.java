package be.cpas.piis.evaluation.api;

import be.cpas.piis.evaluation.application.RecordingEvaluations;
import be.cpas.piis.evaluation.domain.Attendance;
import be.cpas.piis.evaluation.domain.Evaluation;
import be.cpas.piis.evaluation.domain.EvaluationKind;
import be.cpas.piis.evaluation.domain.EvaluationStatus;
import be.cpas.piis.evaluation.persistence.EvaluationRepository;
import be.cpas.piis.platform.api.QueryValues;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.Page;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/piis/v1/evaluations")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class EvaluationResource {

    public record EvaluationView(UUID id, URI href, UUID contractId, LocalDate plannedOn, EvaluationKind kind, EvaluationStatus status,
                                 LocalDate heldOn, Attendance attendance, String progress, String notes, String adjustments) {
    }

    /** E4: how the evaluation went; {@code heldOn} is today when absent (X9). */
    public record EvaluationRecord(LocalDate heldOn, @NotNull Attendance attendance, @Size(max = 20000) String progress,
                                   @Size(max = 4000) String notes, @Size(max = 4000) String adjustments) {
    }

    @Inject
    RecordingEvaluations recording;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    CurrentCpas cpas;

    @Context
    UriInfo uriInfo;

    @GET
    @Transactional
    @Operation(summary = "Evaluations of the caller's CPAS in date order, optionally of one contract (E1)")
    public Page<EvaluationView> list(@QueryParam("contractId") String contractId,
                                     @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                     @QueryParam(Cursor.PARAMETER) String cursor) {
        Optional<Cursor.DateAndId> after = Optional.ofNullable(cursor).map(Cursor::dateAndId);
        List<Evaluation> found = evaluations.page(cpas.code(), QueryValues.uuid("contractId", contractId), after, pageSize + 1);
        return Page.of(found, pageSize, evaluation -> new Object[] {evaluation.plannedOn(), evaluation.id()}, this::viewOf, uriInfo);
    }

    @GET
    @Path("/{evaluationId}")
    @Transactional
    @Operation(summary = "An evaluation of the caller's CPAS")
    public EvaluationView read(@PathParam("evaluationId") UUID evaluationId) {
        return evaluations.findInCpas(evaluationId, cpas.code())
                .map(this::viewOf)
                .orElseThrow(() -> new ResourceNotFoundException("Evaluation", evaluationId));
    }

    @POST
    @Path("/{evaluationId}/record")
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record how an evaluation went (E4); an unexcused absence publishes EvaluationMissed (E5), "
            + "a final evaluation held publishes FinalEvaluationCompleted (E6)")
    public EvaluationView record(@PathParam("evaluationId") UUID evaluationId, @Valid @NotNull EvaluationRecord request) {
        return viewOf(recording.record(cpas.code(), evaluationId, new RecordingEvaluations.Record(request.heldOn(),
                request.attendance(), request.progress(), request.notes(), request.adjustments())));
    }

    private EvaluationView viewOf(Evaluation evaluation) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/evaluations/{id}").build(evaluation.id());
        return new EvaluationView(evaluation.id(), href, evaluation.contractId(), evaluation.plannedOn(), evaluation.kind(),
                evaluation.status(), evaluation.heldOn(), evaluation.attendance(), evaluation.progress(), evaluation.notes(),
                evaluation.adjustments());
    }

}
