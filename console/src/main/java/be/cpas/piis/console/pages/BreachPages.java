package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Appeal;
import be.cpas.piis.console.clients.AppealsApi;
import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.BreachCase;
import be.cpas.piis.console.clients.Compliance;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.DecisionGrounds;
import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.Refusals;
import be.cpas.piis.console.clients.SanctionsApi;
import be.cpas.piis.console.clients.SentLetter;
import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The breach cases of the CPAS (S1-S8) as the Council and the social workers read and move them: the
 * list by status and next deadline, and a case's file from its facts to the formal notice, the
 * opinion, the hearing, the check of the CPAS's own side and the cap shown before the Council
 * decides, the notification with its appeal deadline, the execution of a deferred sanction, the
 * appeals and the compliance record. Each step's form is shown to the role the API lets take it.
 */
@Path("/breaches")
@Produces(MediaType.TEXT_HTML)
public class BreachPages {

    /** More cases than a CPAS has in one status at once. */
    private static final int LIST_SIZE = 200;
    private static final List<String> STATUSES = List.of("open", "noticeSent", "opinionGiven", "hearingRequested", "heard", "decided",
            "noSanction", "suspended", "deferred", "executed", "appealed", "upheld", "annulled", "closed");

    /** A case of the list, with the name of its beneficiary. */
    public record ListedCase(BreachCase breach, String beneficiaryName) {
    }

    /** A status the list may be narrowed to; {@code code} empty for all of them. */
    public record StatusChoice(String code, String key) {
    }

    /**
     * What was typed into the form of {@code step} when the API refused it, shown again with the
     * API's issues; nothing for the case's other forms.
     */
    public record Typed(String step, Map<String, String> values, Problem problem) {

        static final Typed NOTHING = new Typed("", Map.of(), Problem.none());

        public String of(String form, String name) {
            return form.equals(step) ? values.getOrDefault(name, "") : "";
        }

        public String issue(String form, String name) {
            return form.equals(step) ? problem.about(name) : null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance breaches(Frame frame, List<ListedCase> cases, List<StatusChoice> statuses, String status);

        static native TemplateInstance breach(Frame frame, BreachCase breach, Beneficiary beneficiary, DecisionGrounds grounds,
                                              List<SentLetter> letters, List<Appeal> appeals, Compliance compliance, Typed typed,
                                              Problem problem);
    }

    @Inject
    @RestClient
    SanctionsApi sanctions;

    @Inject
    @RestClient
    AppealsApi appeals;

    @Inject
    @RestClient
    ContractsApi contracts;

    @Inject
    Refusals refusals;

    @Inject
    SignedInPerson person;

    @Inject
    PageLanguage language;

    /** The cases in {@code status} (all when blank), the next deadline first, those awaiting none last. */
    @GET
    public TemplateInstance list(@QueryParam("status") String status) {
        String chosen = STATUSES.contains(status) ? status : "";
        Map<UUID, String> names = new HashMap<>();
        List<ListedCase> cases = sanctions.ofStatus(chosen.isEmpty() ? null : chosen, LIST_SIZE).items().stream()
                .sorted(Comparator.comparing(BreachCase::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(BreachCase::openedOn))
                .map(breach -> new ListedCase(breach, names.computeIfAbsent(breach.beneficiaryId(), id -> contracts.beneficiary(id).name())))
                .toList();
        List<StatusChoice> statuses = Stream.concat(Stream.of(new StatusChoice("", "breach_all")),
                STATUSES.stream().map(code -> new StatusChoice(code, "breach_" + code))).toList();
        String path = chosen.isEmpty() ? "/breaches" : "/breaches?status=" + chosen;
        return Templates.breaches(Frame.of(person, language, path), cases, statuses, chosen).setLocale(language.locale());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance breach(@PathParam("id") UUID id) {
        return page(sanctions.breach(id), Typed.NOTHING).setLocale(language.locale());
    }

    /** A step of the case, named as {@link BreachStep#path()}; refused, the case's file shows why beside what was typed. */
    @POST
    @Path("/{id}/steps/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") UUID id, @PathParam("step") String stepName, MultivaluedMap<String, String> form,
                         @HeaderParam("HX-Request") String htmx) {
        BreachStep step = BreachStep.named(stepName).orElseThrow(NotFoundException::new);
        Map<String, String> typed = step.typed(Answers.firstValues(form));
        Map<String, Object> body = step.body(typed);
        try {
            switch (step) {
                case NOTICE_ANSWER -> sanctions.noticeAnswer(id, body);
                case HEARING_APPOINTMENT -> sanctions.planHearing(id, body);
                case CONVOCATION_SENT -> sanctions.hearingConvocationSent(id, body);
                case APPEAL -> sanctions.appealFiled(id, body);
                default -> sanctions.step(id, step.path(), body);
            }
            return Answers.seeOther("/breaches/" + id, htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return Answers.page(page(sanctions.breach(id), new Typed(step.path(), typed, problem)), language.locale(), 422);
        }
    }

    /** S8: the labour tribunal judged the appeal {@code appealId} of the case. */
    @POST
    @Path("/{id}/appeals/{appealId}/judgment")
    public Response judged(@PathParam("id") UUID id, @PathParam("appealId") UUID appealId, @FormParam("outcome") String outcome,
                           @FormParam("judgedOn") String judgedOn, @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> judgment = new LinkedHashMap<>();
        judgment.put("outcome", Answers.blankToNull(outcome));
        judgment.put("judgedOn", Answers.blankToNull(judgedOn));
        try {
            appeals.judged(appealId, judgment);
            return Answers.seeOther("/breaches/" + id, htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("outcome", Objects.requireNonNullElse(outcome, ""));
            typed.put("judgedOn", Objects.requireNonNullElse(judgedOn, ""));
            return Answers.page(page(sanctions.breach(id), new Typed("judgment", typed, problem)), language.locale(), 422);
        }
    }

    /** The compliance record as the labour tribunal receives it, in the page's language. */
    @GET
    @Path("/{id}/compliance")
    @Produces("application/pdf")
    public Response compliance(@PathParam("id") UUID id) {
        return Answers.pdf(sanctions.compliancePdf(id, language.code()), "compliance-" + id + ".pdf");
    }

    /** A1, S4: the convocation to the hearing, in the beneficiary's language. */
    @GET
    @Path("/{id}/hearingConvocation")
    @Produces("application/pdf")
    public Response hearingConvocation(@PathParam("id") UUID id) {
        BreachCase breach = sanctions.breach(id);
        return Answers.pdf(sanctions.hearingConvocation(id, contracts.beneficiary(breach.beneficiaryId()).language()),
                "hearing-" + id + ".pdf");
    }

    /** A3: a letter of the case exactly as it was sent. */
    @GET
    @Path("/{id}/letters/{letterId}")
    @Produces("application/pdf")
    public Response sentLetter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
        return Answers.pdf(sanctions.letter(id, letterId), "breach-letter-" + letterId + ".pdf");
    }

    /** X4: every change of the case. */
    @GET
    @Path("/{id}/audit")
    public TemplateInstance audit(@PathParam("id") UUID id) {
        BreachCase breach = sanctions.breach(id);
        return AuditTrails.Templates.audit(Frame.of(person, language, "/breaches/" + id + "/audit"), "breach",
                contracts.beneficiary(breach.beneficiaryId()).name(), "/breaches/" + id, sanctions.audit(id), person.subject())
                .setLocale(language.locale());
    }

    private TemplateInstance page(BreachCase breach, Typed typed) {
        DecisionGrounds grounds = breach.undecided() ? sanctions.decisionGrounds(breach.id(), language.code()) : null;
        List<Appeal> ofCase = breach.notification() == null ? List.of() : sanctions.appeals(breach.id()).items();
        return Templates.breach(Frame.of(person, language, "/breaches/" + breach.id()), breach, contracts.beneficiary(breach.beneficiaryId()),
                grounds, sanctions.letters(breach.id()).items(), ofCase, sanctions.compliance(breach.id(), language.code()), typed,
                typed.problem());
    }
}
