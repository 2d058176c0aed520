package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.application.GrantingExemptions;
import be.cpas.piis.contracts.domain.Exemption;
import be.cpas.piis.contracts.domain.ExemptionGround;
import be.cpas.piis.platform.api.QueryValues;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** C2: exemptions from the PIIS, decided by the CPAS with a ground and a written justification. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/exemptions")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
@Transactional
public class ExemptionResource {

    record NewExemption(@NotNull UUID beneficiaryId, @NotNull ExemptionGround ground,
                        @NotBlank @Size(max = 4000) String justification, @NotBlank @Size(max = 200) String decidedBy,
                        LocalDate decidedOn) {
    }

    /** X9: the day the exemption was lifted; today when absent. */
    record Lifting(LocalDate liftedOn) {
    }

    record ExemptionView(UUID id, URI href, UUID beneficiaryId, ExemptionGround ground, String justification,
                         String decidedBy, LocalDate decidedOn, LocalDate liftedOn) {
    }

    @Inject
    GrantingExemptions granting;

    @Inject
    CurrentCpas cpas;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL})
    @Operation(summary = "Record the CPAS's decision that a beneficiary needs no PIIS (C2)")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExemptionView.class)))
    public Response grant(@Valid @NotNull NewExemption request) {
        Exemption exemption = granting.grant(cpas.code(), request.beneficiaryId(), request.ground(), request.justification(),
                request.decidedBy(), request.decidedOn());
        ExemptionView view = viewOf(exemption);
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Operation(summary = "A beneficiary's exemptions, in force or lifted, the latest decided first (C2)")
    public Map<String, List<ExemptionView>> ofBeneficiary(@QueryParam("beneficiaryId") @NotNull String beneficiaryId) {
        UUID beneficiary = QueryValues.uuid("beneficiaryId", beneficiaryId).orElseThrow();
        return Map.of("items", granting.ofBeneficiary(cpas.code(), beneficiary).stream().map(this::viewOf).toList());
    }

    @GET
    @Path("/{exemptionId}")
    @Operation(summary = "An exemption of the caller's CPAS")
    public ExemptionView read(@PathParam("exemptionId") UUID exemptionId) {
        return viewOf(granting.find(cpas.code(), exemptionId));
    }

    @POST
    @Path("/{exemptionId}/lifting")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL})
    @Operation(summary = "Lift an exemption: the 3-month signing deadline runs again from that day (C1, C2)")
    public ExemptionView lift(@PathParam("exemptionId") UUID exemptionId, @Valid @NotNull Lifting request) {
        return viewOf(granting.lift(cpas.code(), exemptionId, request.liftedOn()));
    }

    private ExemptionView viewOf(Exemption exemption) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/exemptions/{id}").build(exemption.id());
        return new ExemptionView(exemption.id(), href, exemption.beneficiaryId(), exemption.ground(), exemption.justification(),
                exemption.decidedBy(), exemption.decidedOn(), exemption.liftedOn());
    }
}
