package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.api.ContractDtos.AmendmentView;
import be.cpas.piis.contracts.api.ContractDtos.NewAgreement;
import be.cpas.piis.contracts.api.ContractDtos.NewAmendment;
import be.cpas.piis.contracts.api.ContractDtos.SignatureView;
import be.cpas.piis.contracts.application.AmendingContract;
import be.cpas.piis.contracts.domain.Amendment;
import be.cpas.piis.contracts.persistence.ContractVersions;
import be.cpas.piis.platform.json.JsonDiff;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** C10: amendments of an active contract, and every version it had. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/contracts/{contractId}")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
@Transactional
public class AmendmentResource {

    @Inject
    AmendingContract amending;

    @Inject
    CurrentCpas cpas;

    @Inject
    ContractVersions versions;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Propose an amendment of an active contract: the whole new content, agreed later by every party (C10)")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentView.class)))
    public Response propose(@PathParam("contractId") UUID contractId, @Valid @NotNull NewAmendment request) {
        Amendment amendment = amending.propose(cpas.code(), contractId, request.reason(), request.toVersionContent(), request.proposedOn());
        AmendmentView view = viewOf(amendment);
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Path("/amendments")
    @Operation(summary = "A contract's amendments: the one awaiting agreement first, then the agreed ones, the latest first (C10)")
    public Map<String, List<AmendmentView>> amendments(@PathParam("contractId") UUID contractId) {
        return Map.of("items", amending.amendments(cpas.code(), contractId).stream().map(this::viewOf).toList());
    }

    @GET
    @Path("/amendments/{amendmentId}")
    @Operation(summary = "An amendment and who agreed to it")
    public AmendmentView read(@PathParam("contractId") UUID contractId, @PathParam("amendmentId") UUID amendmentId) {
        return viewOf(amending.find(cpas.code(), contractId, amendmentId));
    }

    @POST
    @Path("/amendments/{amendmentId}/agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record a party's agreement; the last one makes the amendment the contract's next version (C6, C10)")
    public AmendmentView agree(@PathParam("contractId") UUID contractId, @PathParam("amendmentId") UUID amendmentId,
                               @Valid @NotNull NewAgreement request) {
        return viewOf(amending.agree(cpas.code(), contractId, amendmentId, request.party(), request.partnerId(), request.agreedOn()));
    }

    @GET
    @Path("/versions")
    @Operation(summary = "The versions of a contract: 1 as signed, one more per agreed amendment (C10)")
    public Map<String, List<ContractVersions.VersionSummary>> versions(@PathParam("contractId") UUID contractId) {
        return Map.of("items", amending.versions(cpas.code(), contractId));
    }

    @GET
    @Path("/versions/{version}")
    @Operation(summary = "The content of one version of a contract (C10)")
    public JsonNode version(@PathParam("contractId") UUID contractId, @PathParam("version") @Min(1) int version) {
        return amending.version(cpas.code(), contractId, version);
    }

    @GET
    @Path("/versions/{from}/diff/{to}")
    @Operation(summary = "What changed between two versions of a contract, as JSON Pointer paths (C10)")
    public Map<String, List<JsonDiff.Change>> diff(@PathParam("contractId") UUID contractId,
                                                   @PathParam("from") @Min(1) int from, @PathParam("to") @Min(1) int to) {
        return Map.of("items", amending.diff(cpas.code(), contractId, from, to));
    }

    private AmendmentView viewOf(Amendment amendment) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/contracts/{contractId}/amendments/{id}")
                .build(amendment.contractId(), amendment.id());
        return new AmendmentView(amendment.id(), href, amendment.contractId(), amendment.reason(), amendment.proposedOn(),
                amendment.agreements().stream().map(SignatureView::of).toList(), amendment.agreedOn(),
                amendment.resultingVersion(), versions.tree(amendment.content()));
    }
}
