package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.api.ContractDtos.ContractView;
import be.cpas.piis.contracts.api.ContractDtos.NewContract;
import be.cpas.piis.contracts.api.ContractDtos.NewSignature;
import be.cpas.piis.contracts.api.ContractDtos.Proposal;
import be.cpas.piis.contracts.application.ContractLifecycle;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Contracts of the caller's CPAS. Each method runs in one transaction, so that the view it returns
 * shows the contract as committed.
 */
@Path("/piis/v1/contracts")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
@Transactional
public class ContractResource {

    @Inject
    ContractLifecycle lifecycle;

    @Inject
    CurrentCpas cpas;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Draft a contract for a beneficiary (C3-C5)")
    public Response draft(@Valid @NotNull NewContract request) {
        Contract contract = lifecycle.draft(cpas.code(), new ContractLifecycle.Draft(request.beneficiaryId(), request.type(),
                request.startDate(), request.endDate(), request.referentWorker(), request.replacementWorker(), request.toGoals()));
        ContractView view = viewOf(contract);
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Path("/{contractId}")
    @Operation(summary = "A contract of the caller's CPAS")
    public ContractView read(@PathParam("contractId") UUID contractId) {
        return viewOf(lifecycle.find(cpas.code(), contractId));
    }

    @POST
    @Path("/{contractId}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Hand the draft to the beneficiary on a given day: the reflection period starts (C4, C7, X9)")
    public ContractView propose(@PathParam("contractId") UUID contractId, @Valid Proposal request) {
        return viewOf(lifecycle.propose(cpas.code(), contractId, request == null ? null : request.handedOverOn()));
    }

    /** The usual case needs no body: the draft is handed over today. */
    @POST
    @Path("/{contractId}/proposal")
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Hand the draft to the beneficiary today: the reflection period starts (C4, C7)")
    public ContractView proposeToday(@PathParam("contractId") UUID contractId) {
        return viewOf(lifecycle.propose(cpas.code(), contractId, null));
    }

    @POST
    @Path("/{contractId}/signatures")
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record a party's signature; the contract is active once every party signed (C7, C9)")
    public ContractView sign(@PathParam("contractId") UUID contractId, @Valid @NotNull NewSignature request) {
        return viewOf(lifecycle.sign(cpas.code(), contractId, request.party(), request.signedOn()));
    }

    private ContractView viewOf(Contract contract) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/contracts/{id}").build(contract.id());
        return ContractView.of(contract, href);
    }
}
