package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.BreachCase;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.EvaluationsApi;
import be.cpas.piis.console.clients.Evaluation;
import be.cpas.piis.console.clients.InterviewRequest;
import be.cpas.piis.console.clients.InterviewsApi;
import be.cpas.piis.console.clients.MeetingsApi;
import be.cpas.piis.console.clients.OnBehalfOfBeneficiary;
import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.Refusals;
import be.cpas.piis.console.clients.SanctionsApi;
import be.cpas.piis.console.clients.SentLetter;
import be.cpas.piis.console.signin.BeneficiaryLinks;
import be.cpas.piis.console.signin.PageLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The beneficiary's own page, reached without a password through the link a social worker hands
 * over ({@link BeneficiaryLinks}): their contract as it stands (goals, steps, what the CPAS committed
 * to) with its PDF, their rights and the days they run to, their next appointments with calendar
 * files and the letters sent for them, in their language or the one they choose; and the request
 * for an interview (E3). Everything is read for the link's beneficiary only: an evaluation, an
 * interview or a letter asked for by its id is shown only when it belongs to their contract.
 */
@Path("/mine/{token}")
@Produces(MediaType.TEXT_HTML)
public class OwnPages {

    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    private static final List<String> CURRENT = List.of("active", "proposed");
    private static final int PAGE = 100;
    private static final int COMING = 5;

    /** An appointment of the beneficiary: an evaluation or an interview, with the letters sent for it. */
    public record Appointment(String kind, UUID id, LocalDate day, Evaluation.Appointment at, List<SentLetter> letters) {
    }

    /** S8: a decision notified to the beneficiary that they may still appeal, by when, and before which tribunal. */
    public record Appeal(LocalDate notifiedOn, LocalDate appealDeadline, String tribunalName, String tribunalAddress) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(Frame frame, String token, Beneficiary beneficiary, Contract contract, List<Appointment> appointments,
                                            List<Appeal> appeals, boolean interviewAwaited, LocalDate expiresOn, boolean asked,
                                            String reason, Problem problem);

        static native TemplateInstance refused(Frame frame, String reason);
    }

    @Inject
    BeneficiaryLinks links;

    @Inject
    OnBehalfOfBeneficiary onBehalf;

    @Inject
    @RestClient
    ContractsApi contracts;

    @Inject
    @RestClient
    EvaluationsApi evaluations;

    @Inject
    @RestClient
    InterviewsApi interviews;

    @Inject
    @RestClient
    SanctionsApi sanctions;

    @Inject
    Refusals refusals;

    @Inject
    PageLanguage language;

    @GET
    public Response page(@PathParam("token") String token, @QueryParam("asked") boolean asked) {
        return page(token, opened(token), asked, "", Problem.none(), 200);
    }

    /** C9: the contract as it stands, in the beneficiary's language. */
    @GET
    @Path("/contract")
    @Produces("application/pdf")
    public Response contractDocument(@PathParam("token") String token) {
        BeneficiaryLinks.Link link = opened(token);
        Beneficiary beneficiary = contracts.beneficiary(link.beneficiaryId());
        Contract contract = currentContract(beneficiary.id()).orElseThrow(NotFoundException::new);
        return Answers.pdf(contracts.document(contract.id(), beneficiary.language()), "contract-" + contract.id() + ".pdf");
    }

    /** A1: an appointment for the beneficiary's calendar. */
    @GET
    @Path("/{kind: evaluations|interviews}/{id}/calendar")
    @Produces("text/calendar")
    public Response calendar(@PathParam("token") String token, @PathParam("kind") String kind, @PathParam("id") UUID id) {
        return Answers.calendar(meetingOfTheBeneficiary(opened(token), kind, id).calendarEvent(id), kind + "-" + id + ".ics");
    }

    /** A3: a letter sent for one of the beneficiary's appointments, exactly as sent. */
    @GET
    @Path("/{kind: evaluations|interviews}/{id}/letters/{letterId}")
    @Produces("application/pdf")
    public Response letter(@PathParam("token") String token, @PathParam("kind") String kind, @PathParam("id") UUID id,
                           @PathParam("letterId") UUID letterId) {
        return Answers.pdf(meetingOfTheBeneficiary(opened(token), kind, id).letter(id, letterId), "letter-" + letterId + ".pdf");
    }

    /**
     * E3: the beneficiary asks for an interview, which the CPAS holds within 5 working days; while one
     * is still to be held, the page says so rather than asking again.
     */
    @POST
    @Path("/interview")
    public Response askForAnInterview(@PathParam("token") String token, @FormParam("reason") String reason) {
        BeneficiaryLinks.Link link = opened(token);
        Contract contract = currentContract(link.beneficiaryId()).filter(Contract::isActive).orElseThrow(NotFoundException::new);
        if (interviewAwaited(contract)) {
            return Response.seeOther(URI.create("/mine/" + token + "?asked=true")).build();
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("contractId", contract.id());
        request.put("reason", Answers.blankToNull(reason));
        try {
            onBehalf.asking(link.cpas(), link.beneficiaryId());
            interviews.request(request);
            return Response.seeOther(URI.create("/mine/" + token + "?asked=true")).build();
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            onBehalf.reading(link.cpas(), link.beneficiaryId());
            return page(token, link, false, Objects.requireNonNullElse(reason, ""), problem, 422);
        }
    }

    /** A forged link opens nothing (403), an expired one is gone (410): the page says so plainly, and what to do. */
    @ServerExceptionMapper
    public Response refused(BeneficiaryLinks.RefusedLink refused) {
        boolean expired = refused.refusal() == BeneficiaryLinks.Refusal.EXPIRED;
        return refusedPage(expired ? "expired" : "forged", expired ? 410 : 403);
    }

    /**
     * What the APIs could not give: a page of the beneficiary's that is not there (404), or a service
     * that did not answer; said on a page of their own, from which no staff page is reached.
     */
    @ServerExceptionMapper
    public Response failed(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        return status == 404 ? refusedPage("notFound", 404) : refusedPage("unavailable", 502);
    }

    private Response refusedPage(String reason, int status) {
        return Answers.page(Templates.refused(Frame.signedOut(language.code(), "/signed-out"), reason), language.locale(), status);
    }

    /** The page, in the language chosen on it, else the beneficiary's. */
    private Response page(String token, BeneficiaryLinks.Link link, boolean asked, String reason, Problem problem, int status) {
        Beneficiary beneficiary = contracts.beneficiary(link.beneficiaryId());
        Optional<Contract> contract = currentContract(beneficiary.id());
        List<Appointment> appointments = contract.map(this::appointmentsOf).orElse(List.of());
        List<Appeal> appeals = contract.map(this::appealsOf).orElse(List.of());
        boolean awaited = contract.filter(Contract::isActive).map(this::interviewAwaited).orElse(false);
        String spoken = language.chosen().orElse(beneficiary.language());
        return Answers.page(Templates.mine(Frame.signedOut(spoken, "/mine/" + token), token, beneficiary, contract.orElse(null), appointments,
                appeals, awaited, link.expiresAt().atZone(BELGIUM).toLocalDate(), asked, reason, problem), Locale.forLanguageTag(spoken), status);
    }

    /** The link's beneficiary, on whose behalf the APIs are then read. */
    private BeneficiaryLinks.Link opened(String token) {
        BeneficiaryLinks.Link link = links.read(token);
        onBehalf.reading(link.cpas(), link.beneficiaryId());
        return link;
    }

    private Optional<Contract> currentContract(UUID beneficiaryId) {
        return contracts.contracts(null, beneficiaryId, CURRENT, 5).items().stream()
                .min(Comparator.comparing((Contract contract) -> !contract.isActive()));
    }

    private boolean interviewAwaited(Contract contract) {
        return interviews.ofContract(contract.id(), PAGE).items().stream().anyMatch(InterviewRequest::open);
    }

    /** The evaluation or interview {@code id} when it is one of the beneficiary's current contract; else none is found. */
    private MeetingsApi meetingOfTheBeneficiary(BeneficiaryLinks.Link link, String kind, UUID id) {
        UUID contractId = currentContract(link.beneficiaryId()).map(Contract::id).orElseThrow(NotFoundException::new);
        UUID ofContract = "evaluations".equals(kind) ? evaluations.evaluation(id).contractId() : interviews.interview(id).contractId();
        if (!contractId.equals(ofContract)) {
            throw new NotFoundException();
        }
        return "evaluations".equals(kind) ? evaluations : interviews;
    }

    private List<Appointment> appointmentsOf(Contract contract) {
        LocalDate today = LocalDate.now(BELGIUM);
        List<Appointment> coming = new ArrayList<>();
        evaluations.ofContract(contract.id(), PAGE).items().stream()
                .filter(evaluation -> evaluation.isPlanned() && !evaluation.plannedOn().isBefore(today))
                .forEach(evaluation -> coming.add(new Appointment("evaluations", evaluation.id(), evaluation.plannedOn(), evaluation.appointment(),
                        evaluations.letters(evaluation.id()).items())));
        interviews.ofContract(contract.id(), PAGE).items().stream()
                .filter(interview -> interview.scheduled() && !interview.appointment().plannedOn().isBefore(today))
                .forEach(interview -> coming.add(new Appointment("interviews", interview.id(), interview.appointment().plannedOn(),
                        interview.appointment(), interviews.letters(interview.id()).items())));
        return coming.stream().sorted(Comparator.comparing(Appointment::day)).limit(COMING).toList();
    }

    /** S7, S8: the decisions and executions notified to the beneficiary whose appeal period still runs. */
    private List<Appeal> appealsOf(Contract contract) {
        LocalDate today = LocalDate.now(BELGIUM);
        return sanctions.ofContract(contract.id(), PAGE).items().stream()
                .filter(BreachCase::appealable)
                .flatMap(breach -> Stream.of(breach.notification(), breach.execution() == null ? null : breach.execution().notification()))
                .filter(notification -> notification != null && notification.appealDeadline() != null
                        && !notification.appealDeadline().isBefore(today))
                .map(notification -> new Appeal(notification.notifiedOn(), notification.appealDeadline(), notification.tribunalName(),
                        notification.tribunalAddress()))
                .toList();
    }
}
