package be.cpas.piis.evaluation.api;

import be.cpas.piis.evaluation.application.CollectingStudentResults;
import be.cpas.piis.evaluation.domain.StudentResult;
import be.cpas.piis.evaluation.persistence.DeadlineFilter;
import be.cpas.piis.evaluation.persistence.StudentResultRepository;
import be.cpas.piis.platform.api.QueryValues;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.Page;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** E7: the exam results of students, to be communicated within 7 working days of their publication. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/studentResults")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class StudentResultResource {

    /** E7, X9: the results of {@code session} were published on {@code publishedOn}; {@code communicatedOn} when already handed in. */
    public record PublishedResults(@NotNull UUID contractId, @NotBlank @Size(max = 200) String session, @NotNull LocalDate publishedOn,
                                   LocalDate communicatedOn) {
    }

    /** E7, X9: the student handed the results in on {@code communicatedOn} (today when absent). */
    public record Communication(LocalDate communicatedOn) {
    }

    /** {@code overdue}: not communicated by {@code dueBy}, or communicated after it (E7). */
    public record StudentResultView(UUID id, URI href, UUID contractId, String session, LocalDate publishedOn, LocalDate dueBy,
                                    LocalDate communicatedOn, boolean overdue) {
    }

    @Inject
    CollectingStudentResults collecting;

    @Inject
    StudentResultRepository results;

    @Inject
    CurrentCpas cpas;

    @Inject
    PiisClock clock;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record the publication of a student's exam results (E7), and their communication when already done")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudentResultView.class)))
    public Response published(@Valid @NotNull PublishedResults request) {
        StudentResultView view = viewOf(collecting.published(cpas.code(), request.contractId(), request.session(), request.publishedOn(),
                request.communicatedOn()));
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Transactional
    @Operation(summary = "Student results of the caller's CPAS by deadline, of one contract or social worker, or overdue (E7)")
    public Page<StudentResultView> list(@QueryParam("contractId") String contractId,
                                        @Parameter(description = "the referent or replacement social worker of the contract")
                                        @QueryParam("socialWorker") String socialWorker,
                                        @Parameter(description = "true: only the results not communicated in time")
                                        @QueryParam("overdue") boolean overdue,
                                        @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                        @QueryParam(Cursor.PARAMETER) String cursor) {
        DeadlineFilter filter = new DeadlineFilter(QueryValues.uuid("contractId", contractId), QueryValues.text(socialWorker), overdue,
                clock.today());
        Optional<Cursor.DateAndId> after = Optional.ofNullable(cursor).map(Cursor::dateAndId);
        List<StudentResult> found = results.page(cpas.code(), filter, after, pageSize + 1);
        return Page.of(found, pageSize, result -> new Object[] {result.dueBy(), result.id()}, this::viewOf, uriInfo);
    }

    @GET
    @Path("/{studentResultId}")
    @Transactional
    @Operation(summary = "A student result of the caller's CPAS")
    public StudentResultView read(@PathParam("studentResultId") UUID resultId) {
        return viewOf(collecting.find(cpas.code(), resultId));
    }

    @GET
    @Path("/{studentResultId}/audit")
    @Transactional
    @Operation(summary = "Every change of the student result, with who, when, the day it happened and the values before and after (X4)")
    public Map<String, List<AuditTrail.Entry>> audit(@PathParam("studentResultId") UUID resultId) {
        return Map.of("items", collecting.auditTrail(cpas.code(), resultId));
    }

    @POST
    @Path("/{studentResultId}/communication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record that the student communicated the results (E7); late, ResultsOverdue is published once")
    public StudentResultView communicated(@PathParam("studentResultId") UUID resultId, @Valid Communication communication) {
        LocalDate communicatedOn = communication == null ? null : communication.communicatedOn();
        return viewOf(collecting.communicated(cpas.code(), resultId, communicatedOn));
    }

    private StudentResultView viewOf(StudentResult result) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/studentResults/{id}").build(result.id());
        return new StudentResultView(result.id(), href, result.contractId(), result.session(), result.publishedOn(), result.dueBy(),
                result.communicatedOn(), result.overdue(clock.today()));
    }
}
