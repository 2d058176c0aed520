package be.cpas.piis.transfer.api;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.Page;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.transfer.application.StartingTransfers;
import be.cpas.piis.transfer.domain.OutgoingTransfer;
import be.cpas.piis.transfer.domain.TransferStatus;
import be.cpas.piis.transfer.persistence.OutgoingTransferRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** T1, T3, T4: the transfers the caller's CPAS started when a beneficiary moved away. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/transfers")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class TransferResource {

    /**
     * T1, T3, T4, X9: the beneficiary moved on {@code movedOn} to the municipality {@code newMunicipality}
     * (its NIS code); {@code beneficiaryRefusal}: they refused that the contract's content go with them;
     * {@code studiesEndedOn}: for a student, the day the studies ended or were interrupted.
     */
    public record NewTransfer(@NotNull UUID contractId, @NotNull @Pattern(regexp = "\\d{5}") String newMunicipality, LocalDate movedOn,
                              boolean beneficiaryRefusal, LocalDate studiesEndedOn) {
    }

    public record TransferView(UUID id, URI href, UUID contractId, String fromCpas, String toCpas, LocalDate movedOn,
                               boolean beneficiaryRefusal, LocalDate studiesEndedOn, TransferStatus status, LocalDate requestedOn,
                               DeliveryView delivery) {
    }

    /**
     * T5: how the dossier's delivery to the new CPAS went: the tries that failed, the last failure's
     * cause, when the next try is due, or when it was delivered.
     */
    public record DeliveryView(int failedAttempts, String lastError, Instant nextAttemptAt, Instant deliveredAt) {
    }

    @Inject
    StartingTransfers starting;

    @Inject
    OutgoingTransferRepository transfers;

    @Inject
    CurrentCpas cpas;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record a beneficiary's move to another municipality (T1): the contract goes to its CPAS; refused for a "
            + "student's contract during studies (T4); with the beneficiary's refusal, only the fact of the move goes (T3)")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class)))
    public Response start(@Valid @NotNull NewTransfer request) {
        TransferView view = viewOf(starting.start(cpas.code(), request.contractId(), request.newMunicipality(), request.movedOn(),
                request.beneficiaryRefusal(), request.studiesEndedOn()));
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Transactional
    @Operation(summary = "The transfers the caller's CPAS started, by request date")
    public Page<TransferView> list(@QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                   @QueryParam(Cursor.PARAMETER) String cursor) {
        List<OutgoingTransfer> found = transfers.page(cpas.code(), Optional.ofNullable(cursor).map(Cursor::dateAndId), pageSize + 1);
        return Page.of(found, pageSize, transfer -> new Object[] {transfer.requestedOn(), transfer.id()}, this::viewOf, uriInfo);
    }

    @GET
    @Path("/{transferId}")
    @Transactional
    @Operation(summary = "A transfer the caller's CPAS started, and how far it went")
    public TransferView read(@PathParam("transferId") UUID transferId) {
        return viewOf(starting.find(cpas.code(), transferId));
    }

    @GET
    @Path("/{transferId}/audit")
    @Operation(summary = "Every change of the transfer, with who, when and the values after (X4)")
    public Map<String, List<AuditTrail.Entry>> audit(@PathParam("transferId") UUID transferId) {
        return Map.of("items", starting.auditTrail(cpas.code(), transferId));
    }

    private TransferView viewOf(OutgoingTransfer transfer) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/transfers/{id}").build(transfer.id());
        return new TransferView(transfer.id(), href, transfer.contractId(), transfer.cpas(), transfer.toCpas(), transfer.movedOn(),
                transfer.beneficiaryRefused(), transfer.studiesEndedOn(), transfer.status(), transfer.requestedOn(),
                new DeliveryView(transfer.attempts().failedCount(), transfer.attempts().lastError(),
                        transfer.deliveredAt() == null ? transfer.attempts().nextAttemptAt() : null, transfer.deliveredAt()));
    }
}
