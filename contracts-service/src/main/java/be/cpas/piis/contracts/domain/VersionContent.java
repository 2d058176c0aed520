package be.cpas.piis.contracts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A version of a contract's content as plain data (C10): what is stored for every version and
 * compared between two of them. Steps keep their ids so that a diff follows them across versions.
 */
public record VersionContent(LocalDate startDate, LocalDate endDate, String referentWorker, String replacementWorker,
                             String personOfTrust, List<GoalContent> goals, List<CommitmentContent> commitments,
                             List<PartnerContent> partners) {

    public record GoalContent(GoalKind kind, String title, List<StepContent> steps) {
    }

    public record StepContent(String description, Party responsible, LocalDate dueDate, StepStatus status) {
    }

    public record CommitmentContent(Party party, String description) {
    }

    public record PartnerContent(UUID id, String name, String expectations) {
    }

    /** The content this version describes, as new goals and steps to put in a contract. */
    public ContractContent toContent(ContractType type) {
        return new ContractContent(type, startDate, endDate, referentWorker, replacementWorker, personOfTrust,
                goals.stream().map(goal -> new Goal(goal.kind(), goal.title(), goal.steps().stream()
                        .map(step -> new Step(step.description(), step.responsible(), step.dueDate())).toList())).toList(),
                commitments.stream().map(c -> new Commitment(c.party(), c.description())).toList(),
                partners.stream().map(p -> new Partner(p.id(), p.name(), p.expectations())).toList());
    }

    public static VersionContent of(Contract contract) {
        return new VersionContent(contract.startDate(), contract.endDate(), contract.referentWorker(), contract.replacementWorker(),
                contract.personOfTrust(),
                contract.goals().stream().map(goal -> new GoalContent(goal.kind(), goal.title(), goal.steps().stream()
                        .map(step -> new StepContent(step.description(), step.responsible(), step.dueDate(), step.status()))
                        .toList())).toList(),
                contract.commitments().stream().map(c -> new CommitmentContent(c.party(), c.description())).toList(),
                contract.partners().stream().map(p -> new PartnerContent(p.id(), p.name(), p.expectations())).toList());
    }
}
