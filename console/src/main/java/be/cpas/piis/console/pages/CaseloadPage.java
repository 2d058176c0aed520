package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.Evaluation;
import be.cpas.piis.console.clients.EvaluationsApi;
import be.cpas.piis.console.clients.InterviewRequest;
import be.cpas.piis.console.clients.InterviewsApi;
import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * My caseload: what needs doing among the signed-in social worker's beneficiaries and contracts, the
 * deadlines first (C1, C7, E1, E3, C12), then the running contracts, sorted by any column and paged.
 */
@Path("/")
public class CaseloadPage {

    private static final int DEADLINE_WINDOW_DAYS = 30;
    private static final int COMING_WEEK_DAYS = 6;
    private static final int LIST_SIZE = 50;
    /** The most the contracts API serves at once: a social worker's whole caseload, to sort it by any column. */
    private static final int CASELOAD_LIMIT = 500;
    private static final List<String> RUNNING = List.of("draft", "proposed", "active");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caseload(Frame frame, boolean allowed, List<Beneficiary> deadlines, List<DueEvaluation> comingWeek,
                                                List<DueEvaluation> overdueEvaluations, List<WaitingInterview> interviews,
                                                List<OverdueStep> overdueSteps, ContractTable contracts);
    }

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
    SignedInPerson person;

    @Inject
    PageLanguage language;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance caseload(@QueryParam("sort") String sort, @QueryParam("desc") boolean descending,
                                     @QueryParam("page") Integer page) {
        Frame frame = Frame.of(person, language, "/");
        if (!person.isSocialWorker()) {
            return Templates.caseload(frame, false, List.of(), List.of(), List.of(), List.of(), List.of(), ContractTable.EMPTY)
                    .setLocale(language.locale());
        }
        String me = person.username();
        List<Beneficiary> deadlines = contracts.beneficiariesWithSigningDeadlineWithin(DEADLINE_WINDOW_DAYS, LIST_SIZE).items();
        Map<UUID, Beneficiary> beneficiaries = new HashMap<>();
        List<CaseloadContract> mine = contracts.contracts(me, null, RUNNING, CASELOAD_LIMIT).items().stream()
                .map(contract -> new CaseloadContract(contract,
                        beneficiaries.computeIfAbsent(contract.beneficiaryId(), this::beneficiaryOrNull)))
                .toList();
        Map<UUID, CaseloadContract> byId = mine.stream().collect(Collectors.toMap(item -> item.contract().id(), Function.identity()));
        return Templates.caseload(frame, true, deadlines,
                dueEvaluations(evaluations.dueOfSocialWorker(me, COMING_WEEK_DAYS, LIST_SIZE).items(), byId),
                dueEvaluations(evaluations.overdueOfSocialWorker(me, true, LIST_SIZE).items(), byId),
                interviews.waitingOfSocialWorker(me, true, LIST_SIZE).items().stream()
                        .flatMap(request -> Optional.ofNullable(byId.get(request.contractId()))
                                .map(of -> new WaitingInterview(request, of)).stream())
                        .toList(),
                mine.stream()
                        .flatMap(item -> item.contract().goals().stream()
                                .flatMap(goal -> goal.steps().stream())
                                .filter(Contract.Step::overdue)
                                .map(step -> new OverdueStep(step, item)))
                        .toList(),
                ContractTable.of(mine, ContractTable.Order.named(sort), descending, page)).setLocale(language.locale());
    }

    /** The evaluations of contracts of the caseload, with their beneficiary; those of a contract that left it are not shown. */
    private static List<DueEvaluation> dueEvaluations(List<Evaluation> found, Map<UUID, CaseloadContract> caseload) {
        return found.stream()
                .flatMap(evaluation -> Optional.ofNullable(caseload.get(evaluation.contractId()))
                        .map(of -> new DueEvaluation(evaluation, of)).stream())
                .toList();
    }

    private Beneficiary beneficiaryOrNull(UUID id) {
        try {
            return contracts.beneficiary(id);
        } catch (WebApplicationException gone) {
            return null;
        }
    }

    /** A contract of the caseload with its beneficiary, null when contracts-service no longer shows them. */
    public record CaseloadContract(Contract contract, Beneficiary beneficiary) {

        public String beneficiaryName() {
            return beneficiary == null ? "" : beneficiary.name();
        }
    }

    /** E1: an evaluation planned in the coming week, or whose day passed without being recorded. */
    public record DueEvaluation(Evaluation evaluation, CaseloadContract of) {
    }

    /** E3: a request for an interview not held yet, with its deadline. */
    public record WaitingInterview(InterviewRequest request, CaseloadContract of) {
    }

    /** C12: a step past its due date and neither done nor cancelled, whoever owns it. */
    public record OverdueStep(Contract.Step step, CaseloadContract of) {
    }
}
