package be.cpas.piis.transfer.api;

import be.cpas.piis.platform.idempotency.IdempotencyFilters;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.Page;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.Problem;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.transfer.application.ReceivingTransfers;
import be.cpas.piis.transfer.application.TakingOverTransfers;
import be.cpas.piis.transfer.domain.Dossier;
import be.cpas.piis.transfer.domain.IncomingTransfer;
import be.cpas.piis.transfer.persistence.IncomingTransferRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * T5: the API other CPAS systems call to deliver a transfer dossier, authenticated as the sending
 * CPAS (PARTNER_CPAS), with an {@code Idempotency-Key}; and the dossiers this CPAS received.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/incomingTransfers")
public class IncomingTransferResource {

    /** {@code dossier} is shown to the receiving CPAS only. */
    public record IncomingTransferView(UUID id, URI href, String fromCpas, String toCpas, LocalDate movedOn, boolean beneficiaryRefusal,
                                       IncomingTransfer.Status status, Instant receivedAt, IncomingTransfer.TakeOver takeOver,
                                       String takeOverReasons, LocalDate takenOverOn, UUID draftContractId, LocalDate forwardBy,
                                       LocalDate forwardedOn, JsonNode dossier) {
    }

    /**
     * T2: {@code full}, {@code partial} (with the titles of the {@code goals} kept) or {@code none},
     * with the reasons; the new contract's dates (today and the old end date when absent) and, to
     * register a beneficiary this CPAS does not know yet, its RIS decision date.
     */
    public record TakeOverRequest(@NotNull IncomingTransfer.TakeOver takeOver, @Size(max = 50) List<@NotBlank @Size(max = 500) String> goals,
                                  @NotBlank @Size(max = 4000) String reasons, LocalDate startDate, LocalDate endDate, LocalDate risDecisionDate) {
    }

    @Inject
    ReceivingTransfers receiving;

    @Inject
    IncomingTransferRepository incoming;

    @Inject
    TakingOverTransfers takingOver;

    @Inject
    CurrentCpas cpas;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_CPAS)
    @Transactional
    @Operation(summary = "Deliver a transfer dossier for a CPAS this system serves (T5): authenticated as the sending CPAS, with an "
            + "Idempotency-Key (the transfer id); the same dossier sent again is kept once and answered alike")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncomingTransferView.class)))
    public Response deliver(@HeaderParam(IdempotencyFilters.HEADER) String idempotencyKey, @Valid @NotNull Dossier dossier) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidInputException(InputIssue.invalid("header", IdempotencyFilters.HEADER, null,
                    "is required: a dossier may be sent again after a lost answer"));
        }
        IncomingTransferView view = viewOf(receiving.receive(cpas.code(), dossier), false);
        return Response.created(view.href()).entity(view).build();
    }

    @POST
    @Path("/{transferId}/takeOver")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Decide the take-over (T2): full or partial makes a DRAFT contract at this CPAS; publishes TransferAccepted. "
            + "All or nothing: when contracts-service fails, nothing is decided and the same decision can be sent again")
    @APIResponse(responseCode = "200", description = "The decision, with the draft contract of a full or partial take-over")
    @APIResponse(responseCode = "502", description = "contracts-service failed (badGateway): nothing was decided", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "contracts-service could not be reached (serviceUnavailable): nothing was decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public IncomingTransferView takeOver(@PathParam("transferId") UUID transferId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                         @Valid @NotNull TakeOverRequest request) {
        return viewOf(takingOver.decide(cpas.code(), transferId, new TakingOverTransfers.Decision(request.takeOver(), request.goals(),
                request.reasons(), request.startDate(), request.endDate(), request.risDecisionDate()), authorization), true);
    }

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
    @Transactional
    @Operation(summary = "The dossiers addressed to the caller's CPAS, in the order received")
    public Page<IncomingTransferView> list(@QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                           @QueryParam(Cursor.PARAMETER) String cursor) {
        Optional<IncomingTransferRepository.ReceivedKey> after = Optional.ofNullable(cursor).map(IncomingTransferResource::keyOf);
        List<IncomingTransfer> found = incoming.pageFor(cpas.code(), after, pageSize + 1);
        return Page.of(found, pageSize, transfer -> new Object[] {transfer.receivedAt(), transfer.id()}, transfer -> viewOf(transfer, false),
                uriInfo);
    }

    private static IncomingTransferRepository.ReceivedKey keyOf(String cursor) {
        List<String> key = Cursor.decode(cursor, 2);
        try {
            return new IncomingTransferRepository.ReceivedKey(Instant.parse(key.get(0)), UUID.fromString(key.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw Cursor.invalid(cursor);
        }
    }

    @GET
    @Path("/{transferId}")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
    @Transactional
    @Operation(summary = "A dossier addressed to the caller's CPAS, with its content (T1-T3)")
    public IncomingTransferView read(@PathParam("transferId") UUID transferId) {
        return viewOf(incoming.findFor(transferId, cpas.code()).orElseThrow(() -> new ResourceNotFoundException("resource.incomingTransfer",
                transferId)), true);
    }

    private IncomingTransferView viewOf(IncomingTransfer transfer, boolean withDossier) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/incomingTransfers/{id}").build(transfer.id());
        return new IncomingTransferView(transfer.id(), href, transfer.fromCpas(), transfer.toCpas(), transfer.movedOn(),
                transfer.beneficiaryRefused(), transfer.status(), transfer.receivedAt(), transfer.takeOver(), transfer.takeOverReasons(),
                transfer.takenOverOn(), transfer.draftContractId(), transfer.forwardBy(), transfer.forwardedOn(),
                withDossier ? dossierOf(transfer) : null);
    }

    private JsonNode dossierOf(IncomingTransfer transfer) {
        try {
            return json.readTree(transfer.dossier());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
