package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.api.ContractDtos.ContractView;
import be.cpas.piis.contracts.api.ContractDtos.StepCompletion;
import be.cpas.piis.contracts.api.ContractDtos.Termination;
import be.cpas.piis.contracts.api.ContractDtos.NewContract;
import be.cpas.piis.contracts.api.ContractDtos.NewSignature;
import be.cpas.piis.contracts.api.ContractDtos.Proposal;
import be.cpas.piis.contracts.application.ContractLifecycle;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.ContractStatus;
import be.cpas.piis.contracts.persistence.ContractRepository;
import be.cpas.piis.platform.api.QueryValues;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.json.Codes;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Contracts of the caller's CPAS. Each method runs in one transaction, so that the view it returns
 * shows the contract as committed.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/contracts")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
@Transactional
public class ContractResource {

    @Inject
    ContractLifecycle lifecycle;

    @Inject
    ContractRepository contracts;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCpas cpas;

    @Inject
    PiisClock clock;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Draft a contract for a beneficiary (C3-C6, C11)")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    public Response draft(@Valid @NotNull NewContract request) {
        Contract contract = lifecycle.draft(cpas.code(), request.beneficiaryId(), request.toContent());
        ContractView view = viewOf(contract);
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Operation(summary = "Contracts of the caller's CPAS by end date: by status (repeat to OR), social worker, beneficiary, ending within N days")
    public Page<ContractView> list(@QueryParam("status") List<String> statuses,
                                   @QueryParam("socialWorker") String socialWorker,
                                   @QueryParam("beneficiaryId") String beneficiaryId,
                                   @QueryParam("endingWithinDays") @Min(0) @Max(3660) Integer endingWithinDays,
                                   @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                   @QueryParam(Cursor.PARAMETER) String cursor) {
        LocalDate today = clock.today();
        Set<ContractStatus> wanted = statuses.stream()
                .map(status -> Codes.parseQuery(ContractStatus.class, "status", status))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContractStatus.class)));
        ContractRepository.Filter filter = new ContractRepository.Filter(wanted, Optional.ofNullable(socialWorker),
                QueryValues.uuid("beneficiaryId", beneficiaryId), Optional.ofNullable(endingWithinDays).map(today::plusDays));
        Optional<Cursor.DateAndId> after = Optional.ofNullable(cursor).map(Cursor::dateAndId);
        List<Contract> found = contracts.page(cpas.code(), filter, today, after, pageSize + 1);
        return Page.of(found, pageSize, contract -> new Object[] {contract.endDate(), contract.id()}, this::viewOf, uriInfo);
    }

    @GET
    @Path("/{contractId}")
    @Operation(summary = "A contract of the caller's CPAS")
    public ContractView read(@PathParam("contractId") UUID contractId) {
        return viewOf(lifecycle.find(cpas.code(), contractId));
    }

    /** X4: every change of the contract, who made it and when; read-only. */
    @GET
    @Path("/{contractId}/audit")
    @Operation(summary = "The audit trail of a contract: who changed what, when, before and after (X4)")
    public Map<String, List<AuditTrail.Entry>> audit(@PathParam("contractId") UUID contractId) {
        Contract contract = lifecycle.find(cpas.code(), contractId);
        return Map.of("items", audit.of(contract.cpas(), ContractLifecycle.AUDITED_AS, contract.id()));
    }

    /** The usual case needs no body: the draft is handed over today. */
    @POST
    @Path("/{contractId}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Hand the draft to the beneficiary, today or on the day given: the reflection period starts (C4, C7, X9)")
    public ContractView propose(@PathParam("contractId") UUID contractId, @Valid Proposal request) {
        return viewOf(lifecycle.propose(cpas.code(), contractId, request == null ? null : request.handedOverOn()));
    }

    @POST
    @Path("/{contractId}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record a party's signature; the contract is active once every party signed (C7, C9)")
    public ContractView sign(@PathParam("contractId") UUID contractId, @Valid @NotNull NewSignature request) {
        return viewOf(lifecycle.sign(cpas.code(), contractId, request.party(), request.partnerId(), request.signedOn()));
    }

    @POST
    @Path("/{contractId}/steps/{stepId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Mark a step of an active contract done")
    public ContractView completeStep(@PathParam("contractId") UUID contractId, @PathParam("stepId") UUID stepId,
                                     @Valid @NotNull StepCompletion request) {
        return viewOf(lifecycle.completeStep(cpas.code(), contractId, stepId, request.doneOn()));
    }

    @POST
    @Path("/{contractId}/steps/{stepId}/cancellation")
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Cancel a step of an active contract")
    public ContractView cancelStep(@PathParam("contractId") UUID contractId, @PathParam("stepId") UUID stepId) {
        return viewOf(lifecycle.cancelStep(cpas.code(), contractId, stepId));
    }

    @POST
    @Path("/{contractId}/termination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "End the contract because the RIS ended (C12)")
    public ContractView terminate(@PathParam("contractId") UUID contractId, @Valid @NotNull Termination request) {
        return viewOf(lifecycle.terminate(cpas.code(), contractId, request.endedOn(), request.reason()));
    }


    private ContractView viewOf(Contract contract) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/contracts/{id}").build(contract.id());
        return ContractView.of(contract, href, clock.today());
    }
}
