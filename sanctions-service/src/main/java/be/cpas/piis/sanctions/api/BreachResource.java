package be.cpas.piis.sanctions.api;

import be.cpas.piis.platform.api.QueryValues;
import be.cpas.piis.platform.api.Representations;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.Page;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.sanctions.api.BreachDtos.AppealView;
import be.cpas.piis.sanctions.api.BreachDtos.BreachView;
import be.cpas.piis.sanctions.api.BreachDtos.ClosureInError;
import be.cpas.piis.sanctions.api.BreachDtos.CpasFailureView;
import be.cpas.piis.sanctions.api.BreachDtos.CpasSideView;
import be.cpas.piis.sanctions.api.BreachDtos.Decision;
import be.cpas.piis.sanctions.api.BreachDtos.DecisionGroundsView;
import be.cpas.piis.sanctions.api.BreachDtos.DecisionView;
import be.cpas.piis.sanctions.api.BreachDtos.Execution;
import be.cpas.piis.sanctions.api.BreachDtos.ExecutionView;
import be.cpas.piis.sanctions.api.BreachDtos.FactView;
import be.cpas.piis.sanctions.api.BreachDtos.FormalNotice;
import be.cpas.piis.sanctions.api.BreachDtos.Hearing;
import be.cpas.piis.sanctions.api.BreachDtos.HearingAppointment;
import be.cpas.piis.sanctions.api.BreachDtos.HearingConvocationSent;
import be.cpas.piis.sanctions.api.BreachDtos.HearingRequest;
import be.cpas.piis.sanctions.api.BreachDtos.HearingView;
import be.cpas.piis.sanctions.api.BreachDtos.LegitimateReason;
import be.cpas.piis.sanctions.api.BreachDtos.NewAppeal;
import be.cpas.piis.sanctions.api.BreachDtos.NewBreach;
import be.cpas.piis.sanctions.api.BreachDtos.NoticeAnswer;
import be.cpas.piis.sanctions.api.BreachDtos.NoticeView;
import be.cpas.piis.sanctions.api.BreachDtos.NotificationRequest;
import be.cpas.piis.sanctions.api.BreachDtos.NotificationView;
import be.cpas.piis.sanctions.api.BreachDtos.Opinion;
import be.cpas.piis.sanctions.api.BreachDtos.OpinionView;
import be.cpas.piis.sanctions.api.BreachDtos.SentLetterView;
import be.cpas.piis.sanctions.application.AcknowledgingLegitimateReasons;
import be.cpas.piis.sanctions.application.ClosingCasesOpenedInError;
import be.cpas.piis.sanctions.application.ComplianceRecords;
import be.cpas.piis.sanctions.application.DecidingSanctions;
import be.cpas.piis.sanctions.application.ExecutingDeferredSanctions;
import be.cpas.piis.sanctions.application.GivingOpinions;
import be.cpas.piis.sanctions.application.HearingBeneficiaries;
import be.cpas.piis.sanctions.application.NotifyingDecisions;
import be.cpas.piis.sanctions.application.RecordingAppeals;
import be.cpas.piis.sanctions.application.ReportingBreaches;
import be.cpas.piis.sanctions.application.SendingFormalNotices;
import be.cpas.piis.sanctions.document.ComplianceRecord;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.Closure;
import be.cpas.piis.sanctions.domain.CpasSide;
import be.cpas.piis.sanctions.domain.PostedLetter;
import be.cpas.piis.sanctions.domain.Recidivism;
import be.cpas.piis.sanctions.domain.SanctionExecution;
import be.cpas.piis.sanctions.domain.BreachStatus;
import be.cpas.piis.sanctions.domain.DecisionProposal;
import be.cpas.piis.sanctions.persistence.AppealRepository;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import io.vertx.core.http.HttpServerResponse;
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

/** S1-S8: breach cases, from the facts to the decision, its notification and its appeal. Only the Council decides. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/breaches")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class BreachResource {

    static final String PDF = Representations.PDF;
    static final String CALENDAR = Representations.CALENDAR;

    @Inject
    ReportingBreaches reporting;

    @Inject
    ClosingCasesOpenedInError closing;

    @Inject
    SendingFormalNotices notices;

    @Inject
    GivingOpinions opinions;

    @Inject
    HearingBeneficiaries hearings;

    @Inject
    AcknowledgingLegitimateReasons legitimateReasons;

    @Inject
    DecidingSanctions deciding;

    @Inject
    NotifyingDecisions notifying;

    @Inject
    ExecutingDeferredSanctions executing;

    @Inject
    RecordingAppeals appeals;

    @Inject
    BreachCaseRepository breaches;

    @Inject
    AppealRepository appealsFiled;

    @Inject
    ComplianceRecords compliance;

    @Inject
    SentDocuments sentDocuments;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCpas cpas;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Report a breach of a contract (S1): it joins the contract's case before a decision, or opens one (BreachReported)")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreachView.class)))
    public Response report(@Valid @NotNull NewBreach request) {
        BreachView view = viewOf(reporting.reportedByHand(cpas.code(), request.contractId(), request.description(), request.occurredOn()));
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Transactional
    @Operation(summary = "Breach cases of the caller's CPAS, oldest first; status=decided lists the decisions awaiting notification")
    public Page<BreachView> list(@Parameter(description = "open, noticeSent, opinionGiven, hearingRequested, heard, decided, noSanction, "
                                         + "suspended, deferred, executed, appealed, upheld, annulled, closed") @QueryParam("status") String status,
                                 @QueryParam("contractId") String contractId,
                                 @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                 @QueryParam(Cursor.PARAMETER) String cursor) {
        BreachCaseRepository.Filter filter = new BreachCaseRepository.Filter(
                Optional.ofNullable(status).map(code -> Codes.parseQuery(BreachStatus.class, "status", code)),
                QueryValues.uuid("contractId", contractId));
        List<BreachCase> found = breaches.page(cpas.code(), filter, Optional.ofNullable(cursor).map(Cursor::dateAndId), pageSize + 1);
        return Page.of(found, pageSize, breach -> new Object[] {breach.openedOn(), breach.id()}, this::viewOf, uriInfo);
    }

    @GET
    @Path("/{breachId}")
    @Transactional
    @Operation(summary = "A breach case of the caller's CPAS")
    public BreachView read(@PathParam("breachId") UUID breachId) {
        return viewOf(breaches.inCpas(cpas.code(), breachId));
    }

    @POST
    @Path("/{breachId}/formalNotice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Send the formal notice (S2): the letter, in the beneficiary's language, is kept as sent; publishes FormalNoticeSent")
    public BreachView formalNotice(@PathParam("breachId") UUID breachId, @Valid @NotNull FormalNotice request) {
        return viewOf(notices.noticeSent(cpas.code(), breachId, request.expected(), request.respondBy(), request.sentOn()));
    }

    @POST
    @Path("/{breachId}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL})
    @Operation(summary = "Close a case opened in error, with its reasons and no decision (S1); refused once the Council decided")
    public BreachView closure(@PathParam("breachId") UUID breachId, @Valid @NotNull ClosureInError request) {
        return viewOf(closing.closedInError(cpas.code(), breachId, request.reasons(), request.closedOn()));
    }

    @POST
    @Path("/{breachId}/formalNotice/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "The beneficiary answered the formal notice (S2): the Council may then decide before the notice's answer date")
    public BreachView noticeAnswer(@PathParam("breachId") UUID breachId, @Valid @NotNull NoticeAnswer request) {
        return viewOf(notices.noticeAnswered(cpas.code(), breachId, request.answer(), request.answeredOn()));
    }

    @POST
    @Path("/{breachId}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "The social worker's written opinion to the Council (S3)")
    public BreachView opinion(@PathParam("breachId") UUID breachId, @Valid @NotNull Opinion request) {
        return viewOf(opinions.opinionGiven(cpas.code(), breachId, request.opinion(), request.givenOn()));
    }

    @POST
    @Path("/{breachId}/hearingRequest")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "The beneficiary asks to be heard by the Council (S4): no decision before the hearing is recorded")
    public BreachView hearingRequest(@PathParam("breachId") UUID breachId, @Valid HearingRequest request) {
        return viewOf(hearings.hearingRequested(cpas.code(), breachId, request == null ? null : request.requestedOn()));
    }

    @POST
    @Path("/{breachId}/hearing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL})
    @Operation(summary = "Record the hearing (S4): date, whether the beneficiary came, who assisted them, what was said")
    public BreachView hearing(@PathParam("breachId") UUID breachId, @Valid @NotNull Hearing request) {
        return viewOf(hearings.heard(cpas.code(), breachId, request.heldOn(), request.present(), request.assistedBy(), request.summary()));
    }

    @POST
    @Path("/{breachId}/legitimateReason")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL)
    @Operation(summary = "The Council acknowledges a legitimate reason for the breach (S5): a suspension is no longer possible")
    public BreachView legitimateReason(@PathParam("breachId") UUID breachId, @Valid @NotNull LegitimateReason request) {
        return viewOf(legitimateReasons.legitimateReason(cpas.code(), breachId, request.reason(), request.recordedOn()));
    }

    @POST
    @Path("/{breachId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL)
    @Operation(summary = "The Council decides (S2-S7): refused, with the rule, before the formal notice, the opinion or a hearing asked for, "
            + "when the CPAS failed its side, or beyond the cap and start window")
    public BreachView decision(@PathParam("breachId") UUID breachId, @Valid @NotNull Decision request) {
        Integer probation = request.deferral() == null ? null : request.deferral().probationMonths();
        return viewOf(deciding.decided(cpas.code(), breachId, new DecisionProposal(request.decision(), request.scope(), request.percentage(),
                request.amount(), request.startsOn(), request.length(), probation, request.reasons(), request.decidedOn())));
    }

    @POST
    @Path("/{breachId}/notification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "The decision letter was posted (S8): refused without reasons or a competent tribunal; computes the appeal "
            + "deadline; publishes SanctionDecided and SanctionExecuted or SanctionExecutionDeferred")
    public BreachView notification(@PathParam("breachId") UUID breachId, @Valid NotificationRequest request) {
        return viewOf(notifying.notified(cpas.code(), breachId, request == null ? null : request.postedOn()));
    }

    @POST
    @Path("/{breachId}/execution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL)
    @Operation(summary = "Execute a deferred sanction after a new breach during the probation (S7), notified like a decision (S8): "
            + "refused without reasons, a competent tribunal, or a start after the letter is received; keeps the letter as sent; "
            + "publishes SanctionExecuted")
    public BreachView execution(@PathParam("breachId") UUID breachId, @Valid @NotNull Execution request) {
        return viewOf(executing.executed(cpas.code(), breachId, request.startsOn(), request.executedOn(), request.reasons(), request.postedOn()));
    }

    @POST
    @Path("/{breachId}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.CPAS_ADMIN})
    @Operation(summary = "Record an appeal to the labour tribunal against the decision (S8); publishes AppealFiled")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)))
    public Response appeal(@PathParam("breachId") UUID breachId, @Valid NewAppeal request) {
        AppealView view = AppealResource.viewOf(appeals.appealFiled(cpas.code(), breachId, request == null ? null : request.filedOn()), uriInfo);
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Path("/{breachId}/appeals")
    @Transactional
    @Operation(summary = "The appeals against the case's decision, oldest first, with the tribunal's outcome once judged (S8)")
    public Map<String, List<AppealView>> appealsOf(@PathParam("breachId") UUID breachId) {
        BreachCase breach = breaches.inCpas(cpas.code(), breachId);
        return Map.of("items", appealsFiled.of(breach.id()).stream().map(appeal -> AppealResource.viewOf(appeal, uriInfo)).toList());
    }

    @GET
    @Path("/{breachId}/compliance")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Every safeguard of S2-S8 for the case: met or not, when, by whom, and what proves it, in the language "
            + "Accept-Language asks (French by default), which Content-Language names")
    public ComplianceRecord compliance(@PathParam("breachId") UUID breachId, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                       @Context HttpServerResponse response) {
        Language language = DocumentLanguages.forMessages(acceptLanguage);
        response.putHeader(HttpHeaders.CONTENT_LANGUAGE, DocumentLanguages.tagOf(language));
        return compliance.of(breaches.inCpas(cpas.code(), breachId), language);
    }

    @GET
    @Path("/{breachId}/compliance")
    @Produces(PDF)
    @Transactional
    @Operation(summary = "The compliance record as a PDF, the file handed to the labour tribunal on appeal, in lang, else the language "
            + "Accept-Language asks, else the file's")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response compliancePdf(@PathParam("breachId") UUID breachId,
                                  @Parameter(description = "fr, nl or de") @QueryParam(DocumentLanguages.QUERY_PARAMETER) String lang,
                                  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ComplianceRecords.RecordPdf pdf = compliance.pdf(breaches.inCpas(cpas.code(), breachId), DocumentLanguages.asked(lang, acceptLanguage));
        return Response.ok(pdf.content(), PDF).header(HttpHeaders.CONTENT_LANGUAGE, DocumentLanguages.tagOf(pdf.language())).build();
    }

    @GET
    @Path("/{breachId}/decisionGrounds")
    @Operation(summary = "What the Council reads before deciding today (S5, S6): the cap of a suspension and why, the earlier sanction "
            + "that makes it three months, the CPAS's own side in the period; texts in the language Accept-Language asks")
    public DecisionGroundsView decisionGrounds(@PathParam("breachId") UUID breachId,
                                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                               @Context HttpServerResponse response) {
        Language language = DocumentLanguages.forMessages(acceptLanguage);
        response.putHeader(HttpHeaders.CONTENT_LANGUAGE, DocumentLanguages.tagOf(language));
        DecidingSanctions.DecisionGrounds grounds = deciding.groundsOf(cpas.code(), breachId);
        CpasSide side = grounds.cpasSide();
        CpasSideView sideView = new CpasSideView(side.from(), side.to(), !side.failed(), side.failures().stream()
                .map(failure -> new CpasFailureView(failure.kind(), failure.referenceId(), failure.dueOn())).toList(), side.summary().in(language));
        Recidivism recidivism = grounds.recidivism();
        String legitimateReason = grounds.breach().legitimateReason() == null ? null : grounds.breach().legitimateReason().reason();
        return new DecisionGroundsView(recidivism.breachOn(), recidivism.capMonths(), recidivism.reason().in(language),
                recidivism.earlierCase().map(earlier -> uriInfo.getBaseUriBuilder().path("piis/v1/breaches/{id}").build(earlier)).orElse(null),
                recidivism.earlierDecidedOn().orElse(null), sideView, legitimateReason, grounds.suspensionPossible());
    }

    @PUT
    @Path("/{breachId}/hearingAppointment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL})
    @Operation(summary = "Plan the hearing the beneficiary asked for (A1, S4): day, time and place")
    public BreachView hearingAppointment(@PathParam("breachId") UUID breachId, @Valid @NotNull HearingAppointment request) {
        return viewOf(hearings.hearingPlanned(cpas.code(), breachId, request.plannedOn(), request.startsAt(), request.place()));
    }

    @GET
    @Path("/{breachId}/hearingConvocation")
    @Produces({PDF, CALENDAR})
    @Operation(summary = "The convocation to the hearing (A1, S4), chosen with Accept: the letter as application/pdf (the default; "
            + "language from lang, else Accept-Language, else the beneficiary's) or the hearing as text/calendar")
    @APIResponse(responseCode = "200", description = "The PDF, with Content-Language fr-BE, nl-BE or de-BE, or an RFC 5545 calendar "
            + "with one event", content = {@Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                           @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING))})
    public Response hearingConvocation(@PathParam("breachId") UUID breachId,
                                       @Parameter(description = "fr, nl or de") @QueryParam(DocumentLanguages.QUERY_PARAMETER) String lang,
                                       @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context HttpHeaders headers) {
        // A language that is not fr, nl or de is a 400 whichever representation is asked for.
        Optional<Language> asked = DocumentLanguages.asked(lang, acceptLanguage);
        if (Representations.calendarWanted(headers)) {
            return hearingCalendarEvent(breachId).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        HearingBeneficiaries.RenderedLetter letter = hearings.hearingConvocation(cpas.code(), breachId, asked);
        return Response.ok(letter.pdf(), PDF).header(HttpHeaders.CONTENT_LANGUAGE, DocumentLanguages.tagOf(letter.language()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    /** X8: the first path of the calendar event, kept for the clients that use it; the convocation answers text/calendar. */
    @GET
    @Path("/{breachId}/hearingConvocation.ics")
    @Produces(CALENDAR)
    @Operation(summary = "The hearing as an iCalendar event (A1). Deprecated: ask …/hearingConvocation with Accept: text/calendar",
            deprecated = true)
    @APIResponse(responseCode = "200", description = "An RFC 5545 calendar with one event", content = @Content(mediaType = CALENDAR,
            schema = @Schema(type = SchemaType.STRING)))
    public Response hearingCalendarEventAtItsOldPath(@PathParam("breachId") UUID breachId) {
        return hearingCalendarEvent(breachId).header("Deprecation", "true")
                .header("Link", "<hearingConvocation>; rel=\"successor-version\"").build();
    }

    private Response.ResponseBuilder hearingCalendarEvent(UUID breachId) {
        return Response.ok(hearings.hearingCalendarEvent(cpas.code(), breachId), CALENDAR + "; charset=UTF-8");
    }

    @POST
    @Path("/{breachId}/letters")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL})
    @Operation(summary = "Record that the convocation to the hearing was sent, and keep that very letter (A1, A3); the formal notice "
            + "and the decision letter are kept by their own steps")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SentLetterView.class)))
    public Response hearingConvocationSent(@PathParam("breachId") UUID breachId, @Valid HearingConvocationSent request) {
        HearingConvocationSent sent = request == null ? new HearingConvocationSent(null, null) : request;
        SentLetterView view = viewOf(hearings.hearingConvocationSent(cpas.code(), breachId, Optional.ofNullable(sent.language()), sent.sentOn()));
        return Response.created(view.href()).entity(view).build();
    }

    @GET
    @Path("/{breachId}/letters")
    @Transactional
    @Operation(summary = "The letters sent for the case, oldest first: the formal notice, the convocation to the hearing, the decision (A3)")
    public Map<String, List<SentLetterView>> sentLetters(@PathParam("breachId") UUID breachId) {
        BreachCase breach = breaches.inCpas(cpas.code(), breachId);
        return Map.of("items", sentDocuments.of(breach.id()).stream().map(this::viewOf).toList());
    }

    @GET
    @Path("/{breachId}/letters/{letterId}")
    @Produces(PDF)
    @Transactional
    @Operation(summary = "A letter exactly as it was sent (A3)")
    @APIResponse(responseCode = "200", description = "The PDF as sent", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response sentLetter(@PathParam("breachId") UUID breachId, @PathParam("letterId") UUID letterId) {
        BreachCase breach = breaches.inCpas(cpas.code(), breachId);
        return Response.ok(sentDocuments.content(breach.id(), letterId).orElseThrow(() -> new ResourceNotFoundException("resource.letter", letterId)),
                PDF).build();
    }

    @GET
    @Path("/{breachId}/audit")
    @Transactional
    @Operation(summary = "Every change of the case, with who, when, the day it happened and the values before and after (X4)")
    public Map<String, List<AuditTrail.Entry>> audit(@PathParam("breachId") UUID breachId) {
        return Map.of("items", audit.of(cpas.code(), "breach", breaches.inCpas(cpas.code(), breachId).id()));
    }

    private SentLetterView viewOf(SentDocument sent) {
        return new SentLetterView(sent.id(), letterHref(sent.subjectId(), sent.id()), sent.kind(), sent.language(), sent.sentOn(),
                sent.recordedAt(), sent.sha256());
    }

    private URI letterHref(UUID breachId, UUID letterId) {
        return uriInfo.getBaseUriBuilder().path("piis/v1/breaches/{breachId}/letters/{letterId}").build(breachId, letterId);
    }

    private NotificationView viewOf(UUID breachId, PostedLetter letter) {
        return letter == null ? null : new NotificationView(letter.postedOn(), letter.notifiedOn(), letter.appealDeadline(), letter.tribunalName(),
                letter.tribunalAddress(), letterHref(breachId, letter.letterId()));
    }

    private BreachView viewOf(BreachCase breach) {
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/breaches/{id}").build(breach.id());
        List<FactView> facts = breach.facts().stream().map(fact -> new FactView(fact.origin(), fact.occurredOn(), fact.description())).toList();
        NoticeView notice = breach.noticeSentOn() == null ? null : new NoticeView(breach.noticeSentOn(), breach.noticeSentBy(),
                breach.noticeExpected(), breach.noticeRespondBy(), letterHref(breach.id(), breach.noticeLetterId()), breach.noticeAnsweredOn(),
                breach.noticeAnswer());
        OpinionView opinion = breach.opinionGivenOn() == null ? null
                : new OpinionView(breach.opinionGivenOn(), breach.opinionGivenBy(), breach.opinion());
        HearingView hearing = breach.hearingRequestedOn() == null ? null : new HearingView(breach.hearingRequestedOn(), breach.hearingPlannedOn(),
                breach.hearingStartsAt(), breach.hearingPlace(), breach.hearingHeldOn(), breach.hearingPresent(), breach.hearingAssistedBy(),
                breach.hearingSummary());
        DecisionView decision = breach.decidedOn() == null ? null : new DecisionView(breach.decision(), breach.scope(), breach.percentage(),
                breach.amount(), breach.length(), breach.startsOn(), breach.endsOn(), breach.probationMonths(), breach.probationEndsOn(),
                breach.reasons(), breach.decidedOn(), breach.decidedBy(), breach.capMonths(), breach.capReason(), breach.cpasCheck());
        NotificationView notification = breach.notification() == null ? null : viewOf(breach.id(), breach.notification().letter());
        SanctionExecution executed = breach.execution();
        ExecutionView execution = executed == null ? null : new ExecutionView(executed.decidedOn(), executed.decidedBy(), executed.newBreachOn(),
                executed.reasons(), breach.startsOn(), breach.endsOn(), viewOf(breach.id(), executed.letter()));
        Closure closure = breach.closure();
        return new BreachView(breach.id(), href, breach.contractId(), breach.beneficiaryId(), breach.status(), breach.openedOn(), facts, notice,
                opinion, hearing, breach.legitimateReason() == null ? null : breach.legitimateReason().reason(), decision, notification,
                execution, executed == null ? null : executed.decidedOn(), closure == null ? null : closure.closedOn(),
                closure == null ? null : closure.reasons());
    }
}
