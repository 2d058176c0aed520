package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.BreachCase;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.Evaluation;
import be.cpas.piis.console.clients.EvaluationsApi;
import be.cpas.piis.console.clients.InterviewRequest;
import be.cpas.piis.console.clients.InterviewsApi;
import be.cpas.piis.console.clients.MeetingsApi;
import be.cpas.piis.console.clients.OnBehalfOfBeneficiary;
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
import java.util.Optional;
import java.util.UUID;
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

    /** An appointment of the beneficiary: an evaluation or an interview, with the letters sent for it. */
    public record Appointment(String kind, UUID id, LocalDate day, Evaluation.Appointment at, List<SentLetter> letters) {
    }

    /** S8: a decision notified to the beneficiary, and the day their appeal may be filed by. */
    public record Appeal(LocalDate notifiedOn, LocalDate appealDeadline, String tribunalName, String tribunalAddress) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(Frame frame, String token, Beneficiary beneficiary, Contract contract, List<Appointment> appointments,
                                            List<Appeal> appeals, LocalDate expiresOn, boolean asked);

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
    PageLanguage language;

    @PathParam("token")
    String token;

    @GET
    public Response page(@QueryParam("asked") boolean asked) {
        BeneficiaryLinks.Link link = opened();
        Beneficiary beneficiary = contracts.beneficiary(link.beneficiaryId());
        Locale locale = Locale.forLanguageTag(language.chosen().orElse(beneficiary.language()));
        Optional<Contract> contract = currentContract(beneficiary.id());
        List<Appointment> appointments = contract.map(this::appointmentsOf).orElse(List.of());
        List<Appeal> appeals = contract.map(this::appealsOf).orElse(List.of());
        Frame frame = Frame.signedOut(locale.getLanguage(), "/mine/" + token);
        return Answers.page(Templates.mine(frame, token, beneficiary, contract.orElse(null), appointments, appeals,
                link.expiresAt().atZone(BELGIUM).toLocalDate(), asked), locale, 200);
    }

    /** C9: the contract as it stands, in the beneficiary's language. */
    @GET
    @Path("/contract")
    @Produces("application/pdf")
    public Response contractDocument() {
        BeneficiaryLinks.Link link = opened();
        Beneficiary beneficiary = contracts.beneficiary(link.beneficiaryId());
        Contract contract = currentContract(beneficiary.id()).orElseThrow(NotFoundException::new);
        return Answers.pdf(contracts.document(contract.id(), beneficiary.language()), "contrat-piis.pdf");
    }

    /** A1: an appointment for the beneficiary's calendar. */
    @GET
    @Path("/{kind: evaluations|interviews}/{id}/calendar")
    @Produces("text/calendar")
    public Response calendar(@PathParam("kind") String kind, @PathParam("id") UUID id) {
        BeneficiaryLinks.Link link = opened();
        return Answers.calendar(meetingOfTheBeneficiary(link, kind, id).calendarEvent(id), kind + "-" + id + ".ics");
    }

    /** A3: a letter sent for one of the beneficiary's appointments, exactly as sent. */
    @GET
    @Path("/{kind: evaluations|interviews}/{id}/letters/{letterId}")
    @Produces("application/pdf")
    public Response letter(@PathParam("kind") String kind, @PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
        BeneficiaryLinks.Link link = opened();
        return Answers.pdf(meetingOfTheBeneficiary(link, kind, id).letter(id, letterId), "lettre-" + letterId + ".pdf");
    }

    /** E3: the beneficiary asks for an interview, which the CPAS holds within 5 working days. */
    @POST
    @Path("/interview")
    public Response askForAnInterview(@FormParam("reason") String reason) {
        BeneficiaryLinks.Link link = opened();
        Contract contract = currentContract(link.beneficiaryId()).filter(Contract::isActive).orElseThrow(NotFoundException::new);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("contractId", contract.id());
        request.put("reason", Answers.blankToNull(reason));
        onBehalf.asking(link.cpas(), link.beneficiaryId());
        interviews.request(request);
        return Response.seeOther(URI.create("/mine/" + token + "?asked=true")).build();
    }

    /** The link's beneficiary, on whose behalf the APIs are then read. */
    private BeneficiaryLinks.Link opened() {
        BeneficiaryLinks.Link link = links.read(token);
        onBehalf.reading(link.cpas(), link.beneficiaryId());
        return link;
    }

    /** A forged link opens nothing (403), an expired one is gone (410): the page says so plainly, and what to do. */
    @ServerExceptionMapper
    public Response refused(BeneficiaryLinks.RefusedLink refused) {
        boolean expired = refused.refusal() == BeneficiaryLinks.Refusal.EXPIRED;
        return Answers.page(Templates.refused(Frame.signedOut(language.code(), "/signed-out"), expired ? "expired" : "forged"),
                language.locale(), expired ? 410 : 403);
    }

    private Optional<Contract> currentContract(UUID beneficiaryId) {
        return contracts.contracts(null, beneficiaryId, CURRENT, 5).items().stream()
                .min(Comparator.comparing((Contract contract) -> !contract.isActive()));
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
                .filter(InterviewRequest::scheduled)
                .forEach(interview -> coming.add(new Appointment("interviews", interview.id(), interview.appointment().plannedOn(),
                        interview.appointment(), interviews.letters(interview.id()).items())));
        return coming.stream().sorted(Comparator.comparing(Appointment::day)).limit(5).toList();
    }

    private List<Appeal> appealsOf(Contract contract) {
        return sanctions.ofContract(contract.id(), PAGE).items().stream()
                .map(BreachCase::notification)
                .filter(notification -> notification != null && notification.appealDeadline() != null)
                .map(notification -> new Appeal(notification.notifiedOn(), notification.appealDeadline(), notification.tribunalName(),
                        notification.tribunalAddress()))
                .toList();
    }
}
