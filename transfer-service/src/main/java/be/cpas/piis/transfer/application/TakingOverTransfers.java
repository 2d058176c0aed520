package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.outbox.Outbox;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    /** Decides on the dossier addressed to {@code cpas}, acting in contracts-service with the caller's own token. */
    @Transactional
    public IncomingTransfer decide(String cpas, UUID transferId, Decision decision, String authorization) {
        IncomingTransfer transfer = incoming.findFor(transferId, cpas).orElseThrow(() -> new ResourceNotFoundException("Incoming transfer",
                transferId));
        transfer.requireTakeOverPossible();
        Dossier dossier = dossiers.read(transfer.dossier());
        UUID draft = decision.takeOver() == TakeOver.NONE ? null : draftFor(transfer, dossier, decision, authorization);
        outbox.record(transfer.takenOver(decision.takeOver(), decision.reasons(), draft, caller.actorOrNull(), clock.today(),
                dossier.contract().contractId()));
        Map<String, Object> after = new HashMap<>(Map.of("takeOver", Codes.of(decision.takeOver()), "reasons", decision.reasons()));
        if (draft != null) {
            after.put("draftContractId", draft);
        }
        audit.record(cpas, ReceivingTransfers.AUDITED_AS, transferId, "takenOver", clock.today(), null, after);
        return transfer;
    }

    private UUID draftFor(IncomingTransfer transfer, Dossier dossier, Decision decision, String authorization) {
        List<Dossier.Goal> goals = chosenGoals(dossier.contract().goals(), decision);
        UUID beneficiaryId = beneficiaryAt(transfer, dossier.beneficiary(), decision.risDecisionDate(), authorization);
        ObjectNode contract = json.createObjectNode()
                .put("beneficiaryId", beneficiaryId.toString())
                .put("type", dossier.contract().type())
                .put("startDate", (decision.startDate() == null ? clock.today() : decision.startDate()).toString())
                .put("endDate", (decision.endDate() == null ? dossier.contract().endDate() : decision.endDate()).toString());
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
        return UUID.fromString(contracts.draftContract(contract, authorization, transfer.id() + ":draft").path("id").asText());
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
        JsonNode found = contracts.searchBeneficiary(json.createObjectNode().put("ssin", person.ssin()), authorization).path("items");
        if (found.size() > 0) {
            return UUID.fromString(found.get(0).path("id").asText());
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
        return UUID.fromString(contracts.registerBeneficiary(beneficiary, authorization, transfer.id() + ":beneficiary").path("id").asText());
    }
}
