package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.BreachCase;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.Evaluation;
import be.cpas.piis.console.clients.EvaluationsApi;
import be.cpas.piis.console.clients.SanctionsApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * What follows a contract's signature, told by the other services: its evaluation plan (E1) and the
 * breach cases its missed evaluations opened (S1). Both come from events, so they appear a moment
 * after what caused them; a section that expects them asks again until they are there.
 */
@RequestScoped
public class ContractFollowUp {

    private static final Logger LOG = Logger.getLogger(ContractFollowUp.class);
    private static final int PLAN_PAGE = 100;

    /** A signed contract's plan; {@code waiting} while evaluation-service has not planned it yet. */
    public record PlanSection(UUID contractId, boolean expected, List<Evaluation> evaluations, boolean unavailable) {

        public boolean waiting() {
            return expected && !unavailable && evaluations.isEmpty();
        }

        /** Where the page asks for this section again. */
        public String poll() {
            return "/contracts/" + contractId + "/evaluations";
        }

        public String page() {
            return "/contracts/" + contractId;
        }

        boolean missedOne() {
            return evaluations.stream().anyMatch(evaluation -> "missed".equals(evaluation.status()));
        }
    }

    /** A contract's breach cases; {@code waiting} while a missed evaluation has not opened its case yet. */
    public record BreachSection(UUID contractId, boolean expected, List<BreachCase> cases, boolean unavailable) {

        public boolean waiting() {
            return expected && !unavailable && cases.isEmpty();
        }

        /** Where the page asks for this section again. */
        public String poll() {
            return "/contracts/" + contractId + "/breaches";
        }

        public String page() {
            return "/contracts/" + contractId;
        }
    }

    @Inject
    @RestClient
    EvaluationsApi evaluations;

    @Inject
    @RestClient
    SanctionsApi sanctions;

    public PlanSection plan(Contract contract) {
        if (contract.signedOn() == null) {
            return new PlanSection(contract.id(), false, List.of(), false);
        }
        List<Evaluation> plan = askedOf("evaluation-service", () -> evaluations.ofContract(contract.id(), PLAN_PAGE).items());
        return new PlanSection(contract.id(), true, plan == null ? List.of() : plan, plan == null);
    }

    public BreachSection breaches(PlanSection plan) {
        if (!plan.expected()) {
            return new BreachSection(plan.contractId(), false, List.of(), false);
        }
        List<BreachCase> cases = askedOf("sanctions-service", () -> sanctions.ofContract(plan.contractId(), PLAN_PAGE).items());
        return new BreachSection(plan.contractId(), plan.missedOne(), cases == null ? List.of() : cases, cases == null);
    }

    /** What a service answered; null when it did not, so that the rest of the page still shows. */
    private static <T> T askedOf(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException | WebApplicationException unanswered) {
            LOG.warnf("A section of a contract's page is left out: %s did not answer (%s)", service, unanswered.getMessage());
            return null;
        }
    }
}
