package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.ContractStatus;
import be.cpas.piis.contracts.domain.ContractType;
import be.cpas.piis.contracts.domain.Goal;
import be.cpas.piis.contracts.domain.GoalKind;
import be.cpas.piis.contracts.domain.Party;
import be.cpas.piis.contracts.domain.Signature;
import be.cpas.piis.contracts.domain.Step;
import be.cpas.piis.contracts.domain.StepStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of {@code /piis/v1/contracts}. */
final class ContractDtos {

    private ContractDtos() {
    }

    record NewContract(
            @NotNull UUID beneficiaryId,
            @NotNull ContractType type,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @Size(max = 200) String referentWorker,
            @Size(max = 200) String replacementWorker,
            @Valid @Size(max = 50) List<@NotNull NewGoal> goals) {

        List<Goal> toGoals() {
            return goals == null ? List.of() : goals.stream().map(NewGoal::toGoal).toList();
        }
    }

    record NewGoal(@NotNull GoalKind kind, @NotBlank @Size(max = 500) String title, @Valid @Size(max = 100) List<@NotNull NewStep> steps) {

        Goal toGoal() {
            return new Goal(kind, title, steps == null ? List.of() : steps.stream().map(NewStep::toStep).toList());
        }
    }

    record NewStep(@NotBlank @Size(max = 2000) String description, @NotNull Party responsible, LocalDate dueDate) {

        Step toStep() {
            return new Step(description, responsible, dueDate);
        }
    }

    /** X9: the day the draft was handed to the beneficiary; today when absent. */
    record Proposal(LocalDate handedOverOn) {
    }

    /** X9: the day the party signed on paper; today when absent. */
    record NewSignature(@NotNull Party party, LocalDate signedOn) {
    }

    record ContractView(UUID id, URI href, UUID beneficiaryId, ContractType type, ContractStatus status, int version,
                        LocalDate startDate, LocalDate endDate, String referentWorker, String replacementWorker,
                        List<GoalView> goals, LocalDate handedOverOn, LocalDate reflectionEndsOn,
                        List<SignatureView> signatures, LocalDate signedOn) {

        static ContractView of(Contract contract, URI href) {
            return new ContractView(contract.id(), href, contract.beneficiaryId(), contract.type(), contract.status(),
                    contract.contentVersion(), contract.startDate(), contract.endDate(), contract.referentWorker(),
                    contract.replacementWorker(), contract.goals().stream().map(GoalView::of).toList(),
                    contract.handedOverOn(), contract.reflectionEndsOn(),
                    contract.signatures().stream().map(SignatureView::of).toList(), contract.signedOn());
        }
    }

    record GoalView(UUID id, GoalKind kind, String title, List<StepView> steps) {
        static GoalView of(Goal goal) {
            return new GoalView(goal.id(), goal.kind(), goal.title(), goal.steps().stream().map(StepView::of).toList());
        }
    }

    record StepView(UUID id, String description, Party responsible, LocalDate dueDate, StepStatus status) {
        static StepView of(Step step) {
            return new StepView(step.id(), step.description(), step.responsible(), step.dueDate(), step.status());
        }
    }

    record SignatureView(Party party, LocalDate signedOn) {
        static SignatureView of(Signature signature) {
            return new SignatureView(signature.party(), signature.signedOn());
        }
    }
}
