package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.application.IssuingContractDocuments;
import be.cpas.piis.contracts.application.IssuingContractDocuments.IssuedDocument;
import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** C9: the contract as the PDF copy the beneficiary receives, in French, Dutch or German ([int-negot]). */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/contracts/{contractId}/document")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class ContractDocumentResource {

    static final String PDF = "application/pdf";

    @Inject
    IssuingContractDocuments documents;

    @Inject
    CurrentCpas cpas;

    @GET
    @Produces(PDF)
    @Operation(summary = "The contract as proposed or signed, as a PDF for the beneficiary (C9); "
            + "language from lang, else Accept-Language, else the beneficiary's")
    @APIResponse(responseCode = "200", description = "The PDF, with Content-Language fr-BE, nl-BE or de-BE",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("contractId") UUID contractId,
                             @Parameter(description = "fr, nl or de") @QueryParam(DocumentLanguages.QUERY_PARAMETER) String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        IssuedDocument document = documents.issue(cpas.code(), contractId, DocumentLanguages.asked(lang, acceptLanguage));
        return Response.ok(document.pdf(), PDF)
                .header(HttpHeaders.CONTENT_LANGUAGE, DocumentLanguages.tagOf(document.language()))
                .header("Content-Disposition", "inline; filename=\"piis-" + contractId + ".pdf\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
