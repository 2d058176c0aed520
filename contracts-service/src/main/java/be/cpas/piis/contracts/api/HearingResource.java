package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.api.ContractDtos.ContractView;
import be.cpas.piis.contracts.api.ContractDtos.HearingAppointment;
import be.cpas.piis.contracts.api.ContractDtos.HearingConvocationSent;
import be.cpas.piis.contracts.api.ContractDtos.HearingOutcome;
import be.cpas.piis.contracts.api.ContractDtos.HearingRequest;
import be.cpas.piis.contracts.application.ContractLifecycle;
import be.cpas.piis.contracts.application.ConvokingHearing;
import be.cpas.piis.contracts.application.ConvokingHearing.RenderedLetter;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.platform.api.Representations;
import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * C8: the hearing before the Council that a beneficiary may ask for before signing, planned and
 * convoked like any meeting (A1), its letters kept as sent (A3), and its outcome. Each method runs in
 * one transaction, so that the view it returns shows the contract as committed.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/contracts/{contractId}/hearing")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
@Transactional
public class HearingResource {

    private static final String CALENDAR = Representations.CALENDAR;

    record SentLetterView(UUID id, URI href, String kind, Language language, LocalDate sentOn, Instant recordedAt, String sha256) {
    }

    @Inject
    ContractLifecycle lifecycle;

    @Inject
    ConvokingHearing convoking;

    @Inject
    CurrentCpas cpas;

    @Inject
    PiisClock clock;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record that the beneficiary asks to be heard by the Council before signing (C8)")
    public ContractView requestHearing(@PathParam("contractId") UUID contractId, @Valid @NotNull HearingRequest request) {
        return viewOf(lifecycle.requestHearing(cpas.code(), contractId, request.requestedOn()));
    }

    @PUT
    @Path("/appointment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Plan or move the hearing the beneficiary asked for (C8, A1): a working day to come (X6), a time and a place")
    public ContractView planHearing(@PathParam("contractId") UUID contractId, @Valid @NotNull HearingAppointment request) {
        return viewOf(lifecycle.planHearing(cpas.code(), contractId, request.plannedOn(), request.startsAt(), request.place()));
    }

    @GET
    @Path("/convocation")
    @Produces({ContractDocumentResource.PDF, CALENDAR})
    @Operation(summary = "The convocation to the hearing (C8, A1), chosen with Accept: the letter as application/pdf (the default; "
            + "language from lang, else Accept-Language, else the beneficiary's) or the event as text/calendar")
    @APIResponse(responseCode = "200", description = "The PDF, with Content-Language fr-BE, nl-BE or de-BE, or an RFC 5545 calendar "
            + "with one event, which keeps its UID when the hearing moves",
            content = {@Content(mediaType = ContractDocumentResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING))})
    public Response hearingConvocation(@PathParam("contractId") UUID contractId,
                                       @Parameter(description = "fr, nl or de") @QueryParam(DocumentLanguages.QUERY_PARAMETER) String lang,
                                       @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                       @Context HttpHeaders headers) {
        // A language that is not fr, nl or de is a 400 whichever representation is asked for.
        Optional<Language> asked = DocumentLanguages.asked(lang, acceptLanguage);
        if (Representations.calendarWanted(headers)) {
            return Response.ok(convoking.calendarEvent(cpas.code(), contractId), CALENDAR + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"hearing-" + contractId + ".ics\"")
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .build();
        }
        RenderedLetter letter = convoking.letter(cpas.code(), contractId, asked);
        return Response.ok(letter.pdf(), ContractDocumentResource.PDF)
                .header(HttpHeaders.CONTENT_LANGUAGE, DocumentLanguages.tagOf(letter.language()))
                .header("Content-Disposition", "inline; filename=\"hearing-" + contractId + ".pdf\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    @POST
    @Path("/letters")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record that the convocation to the hearing was sent, and keep that very letter (A1, A3)")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SentLetterView.class)))
    public Response hearingConvocationSent(@PathParam("contractId") UUID contractId, @Valid HearingConvocationSent request) {
        HearingConvocationSent sent = request == null ? new HearingConvocationSent(null, null) : request;
        SentLetterView view = viewOf(convoking.sent(cpas.code(), contractId, Optional.ofNullable(sent.language()), sent.sentOn()));
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Path("/letters")
    @Operation(summary = "The convocations to hearings sent for the contract, oldest first (A3)")
    public Map<String, List<SentLetterView>> hearingLetters(@PathParam("contractId") UUID contractId) {
        return Map.of("items", convoking.sentLetters(cpas.code(), contractId).stream().map(this::viewOf).toList());
    }

    @GET
    @Path("/letters/{letterId}")
    @Produces(ContractDocumentResource.PDF)
    @Operation(summary = "A convocation to a hearing exactly as it was sent (A3)")
    @APIResponse(responseCode = "200", description = "The PDF as sent",
            content = @Content(mediaType = ContractDocumentResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response hearingLetter(@PathParam("contractId") UUID contractId, @PathParam("letterId") UUID letterId) {
        return Response.ok(convoking.sentLetter(cpas.code(), contractId, letterId), ContractDocumentResource.PDF).build();
    }

    @POST
    @Path("/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL})
    @Operation(summary = "Record the outcome of the hearing, not before the day it was planned for (X9): signing is possible again (C8)")
    public ContractView recordHearingOutcome(@PathParam("contractId") UUID contractId, @Valid @NotNull HearingOutcome request) {
        return viewOf(lifecycle.recordHearingOutcome(cpas.code(), contractId, request.heldOn(), request.outcome()));
    }

    private ContractView viewOf(Contract contract) {
        return ContractView.of(contract, uriInfo.getBaseUriBuilder().path("piis/v1/contracts/{id}").build(contract.id()), clock.today());
    }

    private SentLetterView viewOf(SentDocument sent) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/contracts/{contractId}/hearing/letters/{letterId}")
                .build(sent.subjectId(), sent.id());
        return new SentLetterView(sent.id(), href, sent.kind(), sent.language(), sent.sentOn(), sent.recordedAt(), sent.sha256());
    }
}
