package be.cpas.piis.sanctions.api;

import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.Page;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.sanctions.api.BreachDtos.AppealView;
import be.cpas.piis.sanctions.api.BreachDtos.Judgment;
import be.cpas.piis.sanctions.application.RecordingAppeals;
import be.cpas.piis.sanctions.domain.Appeal;
import be.cpas.piis.sanctions.persistence.AppealRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** S8: appeals to the labour tribunal and their outcome. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/appeals")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class AppealResource {

    @Inject
    RecordingAppeals recording;

    @Inject
    AppealRepository appeals;

    @Inject
    CurrentCpas cpas;

    @Context
    UriInfo uriInfo;

    @GET
    @Transactional
    @Operation(summary = "Appeals of the caller's CPAS by filing date; pending=true for those awaiting the tribunal's judgment")
    public Page<AppealView> list(@Parameter(description = "true: only the appeals not judged yet") @QueryParam("pending") boolean pending,
                                 @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                 @QueryParam(Cursor.PARAMETER) String cursor) {
        List<Appeal> found = appeals.page(cpas.code(), pending, Optional.ofNullable(cursor).map(Cursor::dateAndId), pageSize + 1);
        return Page.of(found, pageSize, appeal -> new Object[] {appeal.filedOn(), appeal.id()}, appeal -> viewOf(appeal, uriInfo), uriInfo);
    }

    @GET
    @Path("/{appealId}")
    @Transactional
    @Operation(summary = "An appeal of the caller's CPAS")
    public AppealView read(@PathParam("appealId") UUID appealId) {
        return viewOf(appeals.findInCpas(appealId, cpas.code()).orElseThrow(() -> new ResourceNotFoundException("resource.appeal", appealId)), uriInfo);
    }

    @POST
    @Path("/{appealId}/judgment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.CPAS_ADMIN})
    @Operation(summary = "Record the tribunal's judgment (S8): upheld, or annulled, which publishes SanctionAnnulled so that payments are restored")
    public AppealView judgment(@PathParam("appealId") UUID appealId, @Valid @NotNull Judgment request) {
        return viewOf(recording.appealJudged(cpas.code(), appealId, request.outcome(), request.judgedOn()), uriInfo);
    }

    static AppealView viewOf(Appeal appeal, UriInfo uriInfo) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/appeals/{id}").build(appeal.id());
        URI breach = uriInfo.getBaseUriBuilder().path("piis/v1/breaches/{id}").build(appeal.breachId());
        return new AppealView(appeal.id(), href, appeal.breachId(), breach, appeal.filedOn(), appeal.outcome(), appeal.outcomeOn());
    }
}
