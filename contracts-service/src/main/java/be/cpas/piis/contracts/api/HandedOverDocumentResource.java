package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.application.IssuingContractDocuments;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A3: the copies of a contract handed to the beneficiary, kept as evidence with the day they were handed over. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/contracts/{contractId}/documents")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class HandedOverDocumentResource {

    /** X9: the day the copy was handed over, today when absent; the language, the beneficiary's when absent. */
    record HandOver(Language language, LocalDate handedOverOn) {
    }

    record KeptDocumentView(UUID id, URI href, int version, Language language, LocalDate handedOverOn, Instant recordedAt, String sha256) {
    }

    @Inject
    IssuingContractDocuments documents;

    @Inject
    CurrentCpas cpas;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record that a copy of the contract was handed to the beneficiary, and keep that copy (A3, C9)")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeptDocumentView.class)))
    public Response handOver(@PathParam("contractId") UUID contractId, @Valid HandOver request) {
        HandOver handOver = request == null ? new HandOver(null, null) : request;
        SentDocument kept = documents.handOver(cpas.code(), contractId, Optional.ofNullable(handOver.language()), handOver.handedOverOn());
        KeptDocumentView view = viewOf(kept);
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Transactional
    @Operation(summary = "The copies handed over for this contract, oldest first (A3)")
    public Map<String, List<KeptDocumentView>> list(@PathParam("contractId") UUID contractId) {
        return Map.of("items", documents.handedOver(cpas.code(), contractId).stream().map(this::viewOf).toList());
    }

    @GET
    @Path("/{documentId}")
    @Produces(ContractDocumentResource.PDF)
    @Transactional
    @Operation(summary = "A copy exactly as it was handed over (A3)")
    @APIResponse(responseCode = "200", description = "The PDF as it was handed over",
            content = @Content(mediaType = ContractDocumentResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response read(@PathParam("contractId") UUID contractId, @PathParam("documentId") UUID documentId) {
        return Response.ok(documents.handedOverCopy(cpas.code(), contractId, documentId), ContractDocumentResource.PDF).build();
    }

    private KeptDocumentView viewOf(SentDocument kept) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/contracts/{contractId}/documents/{id}").build(kept.subjectId(), kept.id());
        return new KeptDocumentView(kept.id(), href, kept.subjectVersion(), kept.language(), kept.sentOn(), kept.recordedAt(), kept.sha256());
    }
}
