package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.problem.Wording;
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
 * at this CPAS in contracts-service, with the partners of the goals it keeps, for the beneficiary
 * found or registered there with what the dossier knows of them (RIS history, contact, student
 * status), as taken over from the CPAS they left: never as a new beneficiary (C1). The decision is
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

    /**
     * What the social worker decides; {@code goals} names the goals kept by a partial take-over, by
     * title; {@code risDecisionDate}, this CPAS's own RIS decision, when it took one: the dossier's otherwise.
     */
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
        return incoming.findFor(transferId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.incomingTransfer", transferId));
    }

    /** Everything the decision says is checked before contracts-service is asked anything. */
    private UUID draftFor(IncomingTransfer transfer, Dossier dossier, Decision decision, String authorization) {
        List<Dossier.Goal> goals = chosenGoals(dossier.contract().goals(), decision);
        LocalDate startDate = decision.startDate() == null ? clock.today() : decision.startDate();
        LocalDate endDate = decision.endDate() == null ? dossier.contract().endDate() : decision.endDate();
        Dossier.Contract.requireEndsAfterStart(startDate, endDate);
        UUID beneficiaryId = beneficiaryAt(transfer, dossier, decision.risDecisionDate(), authorization);
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
                putDate(steps.addObject().put("description", step.description()).put("responsible", step.responsible()), "dueDate",
                        step.dueDate());
            });
        });
        ArrayNode commitments = contract.putArray("commitments");
        dossier.contract().commitments().forEach(commitment -> commitments.addObject().put("party", commitment.party())
                .put("description", commitment.description()));
        ArrayNode partners = contract.putArray("partners");
        dossier.contract().partnersOf(goals).forEach(partner -> partners.addObject().put("name", partner.name())
                .put("expectations", partner.expectations()));
        return idOf(calling(Wording.of("contractsService.draftContract"),
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

    /**
     * The beneficiary as this CPAS knows them, found by NISS or registered now from the dossier: its
     * RIS history, contact and student status, as taken over from the CPAS they left on the day they
     * moved, which tells contracts-service they are no new beneficiary (C1).
     */
    private UUID beneficiaryAt(IncomingTransfer transfer, Dossier dossier, LocalDate risDecisionDate, String authorization) {
        Dossier.Person person = dossier.beneficiary();
        JsonNode found = calling(Wording.of("contractsService.findBeneficiary"),
                () -> contracts.searchBeneficiary(json.createObjectNode().put("ssin", person.ssin()), authorization)).path("items");
        if (found.size() > 0) {
            return idOf(found.get(0));
        }
        ObjectNode beneficiary = json.createObjectNode()
                .put("ssin", person.ssin())
                .put("firstName", person.firstName())
                .put("lastName", person.lastName())
                .put("birthDate", person.birthDate().toString())
                .put("language", person.language())
                .put("student", Boolean.TRUE.equals(person.student()))
                .put("takenOverFrom", dossier.fromCpas())
                .put("takenOverOn", dossier.movedOn().toString());
        putDate(beneficiary, "risDecisionDate", risDecisionDate != null ? risDecisionDate : person.risDecisionDate());
        putDate(beneficiary, "previousRisEndedOn", person.previousRisEndedOn());
        putDate(beneficiary, "cpasEmploymentEndedOn", person.cpasEmploymentEndedOn());
        if (person.contact() != null) {
            // Null properties are omitted, as the platform writes JSON.
            beneficiary.set("contact", json.valueToTree(person.contact()));
        }
        return idOf(calling(Wording.of("contractsService.registerBeneficiary"),
                () -> contracts.registerBeneficiary(beneficiary, authorization, transfer.id() + ":beneficiary")));
    }

    private static void putDate(ObjectNode node, String property, LocalDate date) {
        if (date != null) {
            node.put(property, date.toString());
        }
    }

    /**
     * What contracts-service answered to {@code call}; when it could not do {@code what}, a failure that
     * leaves nothing decided here. A conflict on the call's key comes from an earlier attempt of this
     * take-over with another decision, or from a change made meanwhile.
     */
    private static JsonNode calling(Wording what, Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (WebApplicationException answered) {
            int status = answered.getResponse().getStatus();
            if (status == Response.Status.CONFLICT.getStatusCode()) {
                throw new ConflictException("T2", Wording.of("takeOver.contractsServiceConflict", what));
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
