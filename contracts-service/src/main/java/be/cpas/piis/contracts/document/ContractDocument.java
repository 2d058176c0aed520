package be.cpas.piis.contracts.document;

import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Commitment;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.ContractStatus;
import be.cpas.piis.contracts.domain.ContractType;
import be.cpas.piis.contracts.domain.GoalKind;
import be.cpas.piis.contracts.domain.Party;
import be.cpas.piis.contracts.domain.ReflectionPeriod;
import be.cpas.piis.contracts.domain.Signature;
import be.cpas.piis.contracts.domain.StudentCommitment;
import be.cpas.piis.platform.document.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the beneficiary's copy of a contract shows (C9), as plain data: no entity, and no NISS, so
 * that the document cannot print what it was never given (X3).
 */
public record ContractDocument(UUID contractId, int version, String cpas, ContractType type, State state,
                               Person beneficiary, String referentWorker, String replacementWorker,
                               String personOfTrust, List<PartnerPart> partners, LocalDate startDate,
                               LocalDate endDate, List<GoalPart> goals, List<CommitmentGroup> commitments,
                               Reflection reflection, List<Signatory> signatories, Ending ending,
                               LocalDate issuedOn) {

    public ContractDocument {
        partners = List.copyOf(partners);
        goals = List.copyOf(goals);
        commitments = List.copyOf(commitments);
        signatories = List.copyOf(signatories);
    }

    /** Which version of the contract the document shows: its title says so. */
    public enum State {
        DRAFT, PROPOSED, SIGNED
    }

    /**
     * The beneficiary as the document names them; their language is the document's by default.
     *
     * @param address their postal address as recorded, absent while none is
     */
    public record Person(String firstName, String lastName, LocalDate birthDate, Language language, String address) {

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** C6: a partner organisation and what is expected of it. */
    public record PartnerPart(String name, String expectations) {
    }

    public record GoalPart(GoalKind kind, String title, List<StepLine> steps) {

        public GoalPart {
            steps = List.copyOf(steps);
        }
    }

    public record StepLine(String description, Party responsible, LocalDate dueDate) {
    }

    /** C3: what one party commits to; only parties with commitments have a group. */
    public record CommitmentGroup(Party party, List<CommitmentLine> lines) {

        public CommitmentGroup {
            lines = List.copyOf(lines);
        }
    }

    /** A commitment as agreed, or one of the standard student commitments (C11), which the document translates. */
    public record CommitmentLine(String description, StudentCommitment standard) {
    }

    /**
     * C7: the period the beneficiary has to reflect, as configured; once the draft was handed over,
     * the day it was and the last day of reflection.
     */
    public record Reflection(int length, ReflectionPeriod.Unit unit, LocalDate handedOverOn, LocalDate endsOn) {

        public LocalDate signableFrom() {
            return endsOn == null ? null : endsOn.plusDays(1);
        }
    }

    /** C9: one party that signs (the beneficiary, the CPAS, each partner), and when it did, if it did. */
    public record Signatory(Party party, String name, LocalDate signedOn) {
    }

    /** C12: how and when the contract ended. */
    public record Ending(ContractStatus status, LocalDate endedOn) {
    }

    /** The document of {@code contract} for {@code beneficiary}, issued on {@code issuedOn}. */
    public static ContractDocument of(Contract contract, Beneficiary beneficiary, ReflectionPeriod reflection, LocalDate issuedOn) {
        Person person = new Person(beneficiary.firstName(), beneficiary.lastName(), beneficiary.birthDate(), beneficiary.language(),
                beneficiary.contact() == null ? null : beneficiary.contact().address());
        return new ContractDocument(contract.id(), contract.contentVersion(), contract.cpas(), contract.type(), stateOf(contract), person,
                contract.referentWorker(), contract.replacementWorker(), contract.personOfTrust(),
                contract.partners().stream().map(partner -> new PartnerPart(partner.name(), partner.expectations())).toList(),
                contract.startDate(), contract.endDate(),
                contract.goals().stream().map(goal -> new GoalPart(goal.kind(), goal.title(), goal.steps().stream()
                        .map(step -> new StepLine(step.description(), step.responsible(), step.dueDate())).toList())).toList(),
                commitmentsOf(contract),
                new Reflection(reflection.length(), reflection.unit(), contract.handedOverOn(), contract.reflectionEndsOn()),
                signatoriesOf(contract, person),
                contract.endedOn() == null ? null : new Ending(contract.status(), contract.endedOn()),
                issuedOn);
    }

    private static State stateOf(Contract contract) {
        if (contract.signedOn() != null) {
            return State.SIGNED;
        }
        return contract.handedOverOn() != null ? State.PROPOSED : State.DRAFT;
    }

    /** The beneficiary's commitments, then the CPAS's, then the partners', each in the contract's order. */
    private static List<CommitmentGroup> commitmentsOf(Contract contract) {
        Map<Party, List<CommitmentLine>> byParty = new EnumMap<>(Party.class);
        for (Commitment commitment : contract.commitments()) {
            byParty.computeIfAbsent(commitment.party(), party -> new ArrayList<>()).add(lineOf(contract.type(), commitment));
        }
        return byParty.entrySet().stream().map(entry -> new CommitmentGroup(entry.getKey(), entry.getValue())).toList();
    }

    private static CommitmentLine lineOf(ContractType type, Commitment commitment) {
        Optional<StudentCommitment> standard = type == ContractType.STUDENT && commitment.party() == Party.BENEFICIARY
                ? StudentCommitment.of(commitment.description()) : Optional.empty();
        return new CommitmentLine(commitment.description(), standard.orElse(null));
    }

    /** C9: the beneficiary, the CPAS and every partner sign, in that order. */
    private static List<Signatory> signatoriesOf(Contract contract, Person beneficiary) {
        List<Signature> signatures = contract.signatures();
        List<Signatory> signatories = new ArrayList<>();
        signatories.add(new Signatory(Party.BENEFICIARY, beneficiary.fullName(), signedOn(signatures, Party.BENEFICIARY, null)));
        signatories.add(new Signatory(Party.CPAS, null, signedOn(signatures, Party.CPAS, null)));
        contract.partners().forEach(partner -> signatories.add(
                new Signatory(Party.PARTNER, partner.name(), signedOn(signatures, Party.PARTNER, partner.id()))));
        return signatories;
    }

    private static LocalDate signedOn(List<Signature> signatures, Party party, UUID partnerId) {
        return signatures.stream()
                .filter(signature -> signature.party() == party && (partnerId == null || partnerId.equals(signature.partnerId())))
                .map(Signature::signedOn)
                .findFirst()
                .orElse(null);
    }
}
