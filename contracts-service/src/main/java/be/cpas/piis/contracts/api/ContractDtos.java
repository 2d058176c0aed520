package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.domain.Commitment;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.ContractContent;
import be.cpas.piis.contracts.domain.ContractStatus;
import be.cpas.piis.contracts.domain.ContractType;
import be.cpas.piis.contracts.domain.Goal;
import be.cpas.piis.contracts.domain.GoalKind;
import be.cpas.piis.contracts.domain.Partner;
import be.cpas.piis.contracts.domain.Party;
import be.cpas.piis.contracts.domain.Signature;
import be.cpas.piis.contracts.domain.Step;
import be.cpas.piis.contracts.domain.StepStatus;
import be.cpas.piis.contracts.domain.StudentCommitment;
import be.cpas.piis.contracts.domain.VersionContent;
import be.cpas.piis.platform.document.Language;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
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
            @Size(max = 200) String personOfTrust,
            @Valid @Size(max = 50) List<@NotNull NewGoal> goals,
            @Valid @Size(max = 100) List<@NotNull NewCommitment> commitments,
            @Valid @Size(max = 20) List<@NotNull NewPartner> partners) {

        ContractContent toContent() {
            return new ContractContent(type, startDate, endDate, referentWorker, replacementWorker, personOfTrust,
                    listOf(goals).stream().map(NewGoal::toGoal).toList(),
                    listOf(commitments).stream().map(NewCommitment::toCommitment).toList(),
                    listOf(partners).stream().map(NewPartner::toPartner).toList());
        }
    }

    record NewGoal(@NotNull GoalKind kind, @NotBlank @Size(max = 500) String title, @Valid @Size(max = 100) List<@NotNull NewStep> steps) {

        Goal toGoal() {
            return new Goal(kind, title, listOf(steps).stream().map(NewStep::toStep).toList());
        }

        VersionContent.GoalContent toGoalContent() {
            return new VersionContent.GoalContent(kind, title, listOf(steps).stream()
                    .map(step -> new VersionContent.StepContent(step.description(), step.responsible(), step.dueDate(), StepStatus.PLANNED))
                    .toList());
        }
    }

    record NewStep(@NotBlank @Size(max = 2000) String description, @NotNull Party responsible, LocalDate dueDate) {

        Step toStep() {
            return new Step(description, responsible, dueDate);
        }
    }

    record NewCommitment(@NotNull Party party, @NotBlank @Size(max = 2000) String description) {

        Commitment toCommitment() {
            return new Commitment(party, description);
        }
    }

    record NewPartner(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String expectations) {

        Partner toPartner() {
            return new Partner(name, expectations);
        }
    }

    /** C10: the whole content the contract will have once every party agreed. */
    record NewAmendment(
            @NotBlank @Size(max = 2000) String reason,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotBlank @Size(max = 200) String referentWorker,
            @NotBlank @Size(max = 200) String replacementWorker,
            @Size(max = 200) String personOfTrust,
            @Valid @NotEmpty @Size(max = 50) List<@NotNull NewGoal> goals,
            @Valid @Size(max = 100) List<@NotNull NewCommitment> commitments,
            @Valid @Size(max = 20) List<@NotNull NewPartner> partners,
            LocalDate proposedOn) {

        VersionContent toVersionContent() {
            return new VersionContent(startDate, endDate, referentWorker, replacementWorker, personOfTrust,
                    goals.stream().map(NewGoal::toGoalContent).toList(),
                    listOf(commitments).stream().map(c -> new VersionContent.CommitmentContent(c.party(), c.description())).toList(),
                    listOf(partners).stream().map(p -> new VersionContent.PartnerContent(UUID.randomUUID(), p.name(), p.expectations())).toList());
        }
    }

    /** C10: a party's agreement to an amendment; a partner names itself with its partnerId. */
    record NewAgreement(@NotNull Party party, UUID partnerId, LocalDate agreedOn) {
    }

    record AmendmentView(UUID id, URI href, UUID contractId, String reason, LocalDate proposedOn, List<SignatureView> agreements,
                         LocalDate agreedOn, Integer version, JsonNode content) {
    }

    /** X9: the day the draft was handed to the beneficiary; today when absent. */
    record Proposal(LocalDate handedOverOn) {
    }

    /** X9: the day the party signed on paper; today when absent. A partner names itself with its partnerId. */
    record NewSignature(@NotNull Party party, UUID partnerId, LocalDate signedOn) {
    }

    /** C8: the day the beneficiary asked to be heard; today when absent. */
    record HearingRequest(LocalDate requestedOn) {
    }

    record HearingOutcome(LocalDate heldOn, @NotBlank @Size(max = 2000) String outcome) {
    }

    /** C8, A1: when and where the Council hears the beneficiary, which the convocation states. */
    record HearingAppointment(@NotNull LocalDate plannedOn, @NotNull LocalTime startsAt, @NotBlank @Size(max = 300) String place) {
    }

    /** A3, X9: the convocation went out on {@code sentOn} (today when absent), in {@code language} (the beneficiary's when absent). */
    record HearingConvocationSent(LocalDate sentOn, Language language) {
    }

    /** C12: the RIS ended. */
    record Termination(LocalDate endedOn, @NotBlank @Size(max = 2000) String reason) {
    }

    record StepCompletion(LocalDate doneOn) {
    }

    record ContractView(UUID id, URI href, UUID beneficiaryId, ContractType type, ContractStatus status, int version,
                        LocalDate startDate, LocalDate endDate, String referentWorker, String replacementWorker,
                        String personOfTrust, List<GoalView> goals, List<CommitmentView> commitments, List<PartnerView> partners,
                        LocalDate handedOverOn, LocalDate reflectionEndsOn, HearingView hearing,
                        List<SignatureView> signatures, LocalDate signedOn, LocalDate endedOn, String endReason) {

        /** {@code today} decides which steps are overdue (C12). */
        static ContractView of(Contract contract, URI href, LocalDate today) {
            return new ContractView(contract.id(), href, contract.beneficiaryId(), contract.type(), contract.status(),
                    contract.contentVersion(), contract.startDate(), contract.endDate(), contract.referentWorker(),
                    contract.replacementWorker(), contract.personOfTrust(),
                    contract.goals().stream().map(goal -> GoalView.of(goal, today)).toList(),
                    contract.commitments().stream().map(CommitmentView::of).toList(),
                    contract.partners().stream().map(PartnerView::of).toList(),
                    contract.handedOverOn(), contract.reflectionEndsOn(), HearingView.of(contract),
                    contract.signatures().stream().map(SignatureView::of).toList(), contract.signedOn(),
                    contract.endedOn(), contract.endReason());
        }
    }

    record GoalView(UUID id, GoalKind kind, String title, List<StepView> steps) {
        static GoalView of(Goal goal, LocalDate today) {
            return new GoalView(goal.id(), goal.kind(), goal.title(), goal.steps().stream().map(step -> StepView.of(step, today)).toList());
        }
    }

    /** {@code overdue}: past its due date and still planned (C12). */
    record StepView(UUID id, String description, Party responsible, LocalDate dueDate, StepStatus status, LocalDate doneOn,
                    boolean overdue) {
        static StepView of(Step step, LocalDate today) {
            return new StepView(step.id(), step.description(), step.responsible(), step.dueDate(), step.status(), step.doneOn(),
                    step.isOverdue(today));
        }
    }

    /** {@code standard}: which of C11's standard student commitments it is, for a client to word it in its own language. */
    record CommitmentView(Party party, String description, StudentCommitment standard) {
        static CommitmentView of(Commitment commitment) {
            return new CommitmentView(commitment.party(), commitment.description(),
                    StudentCommitment.of(commitment.description()).orElse(null));
        }
    }

    record PartnerView(UUID id, String name, String expectations) {
        static PartnerView of(Partner partner) {
            return new PartnerView(partner.id(), partner.name(), partner.expectations());
        }
    }

    /** C8: {@code plannedOn}, {@code startsAt} and {@code place} once a social worker planned the hearing (A1). */
    record HearingView(LocalDate requestedOn, LocalDate plannedOn, LocalTime startsAt, String place, LocalDate heldOn, String outcome) {
        static HearingView of(Contract contract) {
            return contract.hearingRequestedOn() == null ? null
                    : new HearingView(contract.hearingRequestedOn(), contract.hearingPlannedOn(), contract.hearingStartsAt(),
                    contract.hearingPlace(), contract.hearingHeldOn(), contract.hearingOutcome());
        }
    }

    record SignatureView(Party party, UUID partnerId, LocalDate signedOn) {
        static SignatureView of(Signature signature) {
            return new SignatureView(signature.party(), signature.partnerId(), signature.signedOn());
        }
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values;
    }
}
