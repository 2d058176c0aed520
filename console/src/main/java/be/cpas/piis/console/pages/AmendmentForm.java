package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Contract;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * C10: the whole content an amendment gives the contract, as a form that starts from the contract
 * as it stands, its fields named as the API names their places ({@link FormField}); a goal's kind and a
 * commitment's party stay as they stand. Each goal offers one new step.
 */
public final class AmendmentForm {

    public record GoalRows(int number, FormField kind, FormField title, List<StepRows> steps) {
    }

    /** A step: {@code added} for the new one the form offers, left out of the body while its description is blank. */
    public record StepRows(int number, boolean added, FormField description, FormField responsible, FormField dueDate) {
    }

    public record CommitmentRow(FormField party, FormField description) {

        /** The key of the words that say whose commitment it is. */
        public String labelKey() {
            return party.value() + "_commitment";
        }
    }

    private static final String BLANK = "";

    public final FormField reason;
    public final FormField startDate;
    public final FormField endDate;
    public final FormField replacementWorker;
    public final FormField personOfTrust;
    public final List<GoalRows> goals;
    public final List<CommitmentRow> commitments;
    private final Contract contract;

    private AmendmentForm(Contract contract, MultivaluedMap<String, String> typed) {
        this.contract = contract;
        reason = field(typed, "reason", BLANK);
        startDate = field(typed, "startDate", String.valueOf(contract.startDate()));
        endDate = field(typed, "endDate", String.valueOf(contract.endDate()));
        replacementWorker = field(typed, "replacementWorker", orBlank(contract.replacementWorker()));
        personOfTrust = field(typed, "personOfTrust", orBlank(contract.personOfTrust()));
        goals = IntStream.range(0, contract.goals().size()).mapToObj(index -> goalRows(typed, index, contract.goals().get(index))).toList();
        commitments = IntStream.range(0, contract.commitments().size()).mapToObj(index -> {
            Contract.Commitment commitment = contract.commitments().get(index);
            String place = "commitments[" + index + "].";
            return new CommitmentRow(new FormField(place + "party", commitment.party()), field(typed, place + "description", commitment.description()));
        }).toList();
    }

    /** The contract as it stands, to change. */
    static AmendmentForm of(Contract contract) {
        return new AmendmentForm(contract, null);
    }

    /** What the social worker posted, over the contract it changes. */
    static AmendmentForm typed(Contract contract, MultivaluedMap<String, String> form) {
        return new AmendmentForm(contract, form);
    }

    /** The body of {@code POST /contracts/{id}/amendments}: the whole content, partners and referent as they stand. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", Answers.blankToNull(reason.value()));
        body.put("startDate", Answers.blankToNull(startDate.value()));
        body.put("endDate", Answers.blankToNull(endDate.value()));
        body.put("referentWorker", contract.referentWorker());
        body.put("replacementWorker", Answers.blankToNull(replacementWorker.value()));
        body.put("personOfTrust", Answers.blankToNull(personOfTrust.value()));
        body.put("goals", goals.stream().map(goal -> {
            Map<String, Object> goalBody = new LinkedHashMap<>();
            goalBody.put("kind", goal.kind().value());
            goalBody.put("title", goal.title().value().strip());
            goalBody.put("steps", goal.steps().stream().filter(step -> !(step.added() && step.description().value().isBlank()))
                    .map(step -> {
                        Map<String, Object> stepBody = new LinkedHashMap<>();
                        stepBody.put("description", step.description().value().strip());
                        stepBody.put("responsible", step.responsible().value());
                        stepBody.put("dueDate", Answers.blankToNull(step.dueDate().value()));
                        return stepBody;
                    }).toList());
            return goalBody;
        }).toList());
        body.put("commitments", commitments.stream()
                .map(commitment -> Map.of("party", commitment.party().value(), "description", commitment.description().value().strip()))
                .toList());
        body.put("partners", contract.partners().stream().map(partner -> {
            Map<String, Object> partnerBody = new LinkedHashMap<>();
            partnerBody.put("name", partner.name());
            partnerBody.put("expectations", partner.expectations());
            return partnerBody;
        }).toList());
        return body;
    }

    private static GoalRows goalRows(MultivaluedMap<String, String> typed, int index, Contract.Goal goal) {
        String place = "goals[" + index + "].";
        List<StepRows> steps = new ArrayList<>();
        for (int step = 0; step <= goal.steps().size(); step++) {
            boolean added = step == goal.steps().size();
            Contract.Step existing = added ? null : goal.steps().get(step);
            String stepPlace = place + "steps[" + step + "].";
            steps.add(new StepRows(step + 1, added,
                    field(typed, stepPlace + "description", added ? BLANK : existing.description()),
                    field(typed, stepPlace + "responsible", added ? "beneficiary" : existing.responsible()),
                    field(typed, stepPlace + "dueDate", added || existing.dueDate() == null ? BLANK : existing.dueDate().toString())));
        }
        return new GoalRows(index + 1, new FormField(place + "kind", goal.kind()), field(typed, place + "title", goal.title()), steps);
    }

    private static FormField field(MultivaluedMap<String, String> typed, String name, String standing) {
        if (typed == null) {
            return new FormField(name, standing);
        }
        String value = typed.getFirst(name);
        return new FormField(name, value == null ? standing : value.strip());
    }

    private static String orBlank(String value) {
        return value == null ? BLANK : value;
    }
}
