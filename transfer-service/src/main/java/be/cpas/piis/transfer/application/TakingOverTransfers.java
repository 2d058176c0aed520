package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.transfer.domain.Dossier;
import be.cpas.piis.transfer.domain.IncomingTransfer;
import be.cpas.piis.transfer.domain.IncomingTransfer.TakeOver;
import be.cpas.piis.transfer.persistence.IncomingTransferRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * T2: the competent CPAS decides whether to take over the commitments of the closed contract: FULL,
 * PARTIAL (which goals) or NONE, with reasons. A full or partial take-over becomes a DRAFT contract
 * at this CPAS in contracts-service, for the beneficiary found or registered there; the decision is
 * published with TransferAccepted.
 */
@ApplicationScoped
public class TakingOverTransfers {

    @Inject
    IncomingTransferRepository incoming;

    @Inject
    @RestClient
    ContractsClient contracts;

    @Inject
    DossierJson dossiers;

    @Inject
    ObjectMapper json;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCpas caller;

    @Inject
    PiisClock clock;

    /** What the social worker decides; {@code goals} names the goals kept by a partial take-over, by title. */
    public record Decision(TakeOver takeOver, List<String> goals, String reasons, LocalDate startDate, LocalDate endDate,
                           LocalDate risDecisionDate) {
    }

    /**
     * Decides on the dossier addressed to {@code cpas}, acting in contracts-service with the caller's
     * own token. All or nothing, and safe to repeat: contracts-service is called outside any
     * transaction, each call under an {@code Idempotency-Key} of its own derived from the transfer,
     * so that a decision repeated after a failure in between registers and drafts nothing twice; the
     * decision, its TransferAccepted and its audit entry are recorded only once both calls succeeded.
     * A failure of contracts-service leaves the dossier {@code received}.
     */
    @Transactional(Transactional.TxType.NEVER)
    public IncomingTransfer decide(String cpas, UUID transferId, Decision decision, String authorization) {
        IncomingTransfer transfer = QuarkusTransaction.requiringNew().call(() -> {
            IncomingTransfer found = addressedTo(cpas, transferId);
            found.requireTakeOverPossible();
            return found;
        });
        Dossier dossier = dossiers.read(transfer.dossier());
        UUID draft = decision.takeOver() == TakeOver.NONE ? null : draftFor(transfer, dossier, decision, authorization);
        return QuarkusTransaction.requiringNew().call(() -> {
            IncomingTransfer decided = addressedTo(cpas, transferId);
            outbox.record(decided.takenOver(decision.takeOver(), decision.reasons(), draft, caller.actorOrNull(), clock.today(),
                    dossier.contract().contractId()));
            Map<String, Object> after = new HashMap<>(Map.of("takeOver", Codes.of(decision.takeOver()), "reasons", decision.reasons()));
            if (draft != null) {
                after.put("draftContractId", draft);
            }
            audit.record(cpas, ReceivingTransfers.AUDITED_AS, transferId, "takenOver", clock.today(), null, after);
            return decided;
        });
    }

    private IncomingTransfer addressedTo(String cpas, UUID transferId) {
        return incoming.findFor(transferId, cpas).orElseThrow(() -> new ResourceNotFoundException("Incoming transfer", transferId));
    }

    /** Everything the decision says is checked before contracts-service is asked anything. */
    private UUID draftFor(IncomingTransfer transfer, Dossier dossier, Decision decision, String authorization) {
        List<Dossier.Goal> goals = chosenGoals(dossier.contract().goals(), decision);
        LocalDate startDate = decision.startDate() == null ? clock.today() : decision.startDate();
        LocalDate endDate = decision.endDate() == null ? dossier.contract().endDate() : decision.endDate();
        Dossier.Contract.requireEndsAfterStart(startDate, endDate);
        UUID beneficiaryId = beneficiaryAt(transfer, dossier.beneficiary(), decision.risDecisionDate(), authorization);
        ObjectNode contract = json.createObjectNode()
                .put("beneficiaryId", beneficiaryId.toString())
                .put("type", dossier.contract().type())
                .put("startDate", startDate.toString())
                .put("endDate", endDate.toString());
        ArrayNode goalNodes = contract.putArray("goals");
        goals.forEach(goal -> {
            ObjectNode node = goalNodes.addObject().put("kind", goal.kind()).put("title", goal.title());
            ArrayNode steps = node.putArray("steps");
            goal.steps().stream().filter(step -> "planned".equals(step.status())).forEach(step -> {
                ObjectNode stepNode = steps.addObject().put("description", step.description()).put("responsible", step.responsible());
                if (step.dueDate() != null) {
                    stepNode.put("dueDate", step.dueDate().toString());
                }
            });
        });
        ArrayNode commitments = contract.putArray("commitments");
        dossier.contract().commitments().forEach(commitment -> commitments.addObject().put("party", commitment.party())
                .put("description", commitment.description()));
        return idOf(calling("draft the contract",
                () -> contracts.draftContract(contract, authorization, transfer.id() + ":draft")));
    }

    private static List<Dossier.Goal> chosenGoals(List<Dossier.Goal> goals, Decision decision) {
        if (decision.takeOver() == TakeOver.FULL) {
            return goals;
        }
        Set<String> kept = Set.copyOf(decision.goals() == null ? List.of() : decision.goals());
        List<Dossier.Goal> chosen = goals.stream().filter(goal -> kept.contains(goal.title())).toList();
        if (chosen.isEmpty() || chosen.size() != kept.size()) {
            throw new InvalidInputException(InputIssue.invalid("body", "goals", decision.goals(),
                    "names by their titles the goals of the dossier a partial take-over keeps"));
        }
        return chosen;
    }

    /** The beneficiary as this CPAS knows them, found by NISS or registered now from the dossier. */
    private UUID beneficiaryAt(IncomingTransfer transfer, Dossier.Person person, LocalDate risDecisionDate, String authorization) {
        JsonNode found = calling("look the beneficiary up",
                () -> contracts.searchBeneficiary(json.createObjectNode().put("ssin", person.ssin()), authorization)).path("items");
        if (found.size() > 0) {
            return idOf(found.get(0));
        }
        ObjectNode beneficiary = json.createObjectNode()
                .put("ssin", person.ssin())
                .put("firstName", person.firstName())
                .put("lastName", person.lastName())
                .put("birthDate", person.birthDate().toString())
                .put("language", person.language());
        if (risDecisionDate != null) {
            beneficiary.put("risDecisionDate", risDecisionDate.toString());
        }
        return idOf(calling("register the beneficiary",
                () -> contracts.registerBeneficiary(beneficiary, authorization, transfer.id() + ":beneficiary")));
    }

    /**
     * What contracts-service answered to {@code call}; when it could not {@code what}, a failure that
     * leaves nothing decided here. A conflict on the call's key comes from an earlier attempt of this
     * take-over with another decision, or from a change made meanwhile.
     */
    private static JsonNode calling(String what, Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (WebApplicationException answered) {
            int status = answered.getResponse().getStatus();
            if (status == Response.Status.CONFLICT.getStatusCode()) {
                throw new ConflictException("T2", "contracts-service could not " + what + ": an earlier attempt of this take-over with "
                        + "another decision, or a change made meanwhile, is in the way; repeat the decision as first made");
            }
            throw new ContractsServiceFailure(what, status);
        } catch (ProcessingException | FaultToleranceException unreachable) {
            throw new ContractsServiceFailure(what, unreachable);
        }
    }

    private static UUID idOf(JsonNode resource) {
        return UUID.fromString(resource.path("id").asText());
    }
}
