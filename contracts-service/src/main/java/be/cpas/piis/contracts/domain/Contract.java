package be.cpas.piis.contracts.domain;

import be.cpas.piis.events.ContractAmended;
import be.cpas.piis.events.ContractEnded;
import be.cpas.piis.events.ContractProposed;
import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.platform.calendar.MeetingDays;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A PIIS contract and the rules of its life: DRAFT → PROPOSED → ACTIVE → COMPLETED | TERMINATED |
 * TRANSFERRED. Each transition checks its rule and returns the event that records it; a forbidden
 * one throws with the rule's ID.
 */
@Entity
@Table(name = "contract")
public class Contract {

    private static final Set<ContractStatus> ENDED = EnumSet.of(ContractStatus.COMPLETED, ContractStatus.TERMINATED, ContractStatus.TRANSFERRED);

    @Id
    private UUID id;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContractType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContractStatus status;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "referent_worker")
    private String referentWorker;

    @Column(name = "replacement_worker")
    private String replacementWorker;

    @Column(name = "person_of_trust")
    private String personOfTrust;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "contract_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Goal> goals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contract_commitment", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    private List<Commitment> commitments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contract_partner", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    private List<Partner> partners = new ArrayList<>();

    @Column(name = "handed_over_on")
    private LocalDate handedOverOn;

    @Column(name = "reflection_ends_on")
    private LocalDate reflectionEndsOn;

    @Column(name = "hearing_requested_on")
    private LocalDate hearingRequestedOn;

    /** A1, C8: when and where the Council hears the beneficiary, once a social worker planned it. */
    @Column(name = "hearing_planned_on")
    private LocalDate hearingPlannedOn;

    @Column(name = "hearing_starts_at")
    private LocalTime hearingStartsAt;

    @Column(name = "hearing_place", length = 300)
    private String hearingPlace;

    @Column(name = "hearing_held_on")
    private LocalDate hearingHeldOn;

    @Column(name = "hearing_outcome")
    private String hearingOutcome;

    @ElementCollection
    @CollectionTable(name = "contract_signature", joinColumns = @JoinColumn(name = "contract_id"))
    private Set<Signature> signatures = new HashSet<>();

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    /** The content version (C10): 1 until an amendment is agreed. */
    @Column(name = "content_version", nullable = false)
    private int contentVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Optimistic lock: of two concurrent changes, the second fails with a conflict. */
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Contract() {
    }

    /**
     * A new draft (C3); a student's contract starts from the standard student commitments (C11). A
     * draft may still lack its workers or goals, but a partner it names comes with its part (C6).
     */
    public static Contract draft(String cpas, UUID beneficiaryId, ContractContent content, Instant createdAt) {
        content.requireConsistentDates();
        content.requireExpectationsOfEachPartner();
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.cpas = cpas;
        contract.beneficiaryId = beneficiaryId;
        contract.type = content.type();
        contract.status = ContractStatus.DRAFT;
        contract.startDate = content.startDate();
        contract.endDate = content.endDate();
        contract.referentWorker = content.referentWorker();
        contract.replacementWorker = content.replacementWorker();
        contract.personOfTrust = content.personOfTrust();
        contract.goals = new ArrayList<>(content.goals());
        contract.commitments = new ArrayList<>(content.type() == ContractType.STUDENT
                ? StudentCommitments.withStandard(content.commitments()) : content.commitments());
        contract.partners = new ArrayList<>(content.partners());
        contract.contentVersion = 1;
        contract.createdAt = createdAt;
        return contract;
    }

    /** Hands the draft to the beneficiary (C3, C4, C6, C7, C11): the reflection period starts. */
    public ContractProposed propose(LocalDate handedOverOn, LocalDate today, LocalDate draftedOn, ReflectionPeriod reflection) {
        if (status != ContractStatus.DRAFT) {
            throw new ConflictException("C7", Wording.of("contract.notDraft", status.wording()));
        }
        content().requireComplete();
        this.handedOverOn = FactDates.check("handedOverOn", handedOverOn, today, draftedOn, Wording.of("factStep.draft"));
        this.reflectionEndsOn = reflection.endsOn(this.handedOverOn);
        this.status = ContractStatus.PROPOSED;
        return new ContractProposed(id, cpas, beneficiaryId, contentVersion, this.handedOverOn, reflectionEndsOn);
    }

    /** C8: a beneficiary who disagrees asks to be heard by the Council before signing. */
    public void requestHearing(LocalDate requestedOn, LocalDate today) {
        if (status != ContractStatus.PROPOSED) {
            throw new ConflictException("C8", Wording.of("hearing.contractNotProposed", status.wording()));
        }
        if (hearingPending()) {
            throw new ConflictException("C8", Wording.of("hearing.alreadyRequested", hearingRequestedOn));
        }
        this.hearingRequestedOn = FactDates.check("requestedOn", requestedOn, today, handedOverOn, Wording.of("factStep.handOver"));
        this.hearingPlannedOn = null;
        this.hearingStartsAt = null;
        this.hearingPlace = null;
        this.hearingHeldOn = null;
        this.hearingOutcome = null;
    }

    /**
     * C8, A1: a social worker sets, or moves, the day, time and place where the Council hears the
     * beneficiary: a working day to come (X6).
     */
    public void planHearing(LocalDate day, LocalTime startsAt, String place, LocalDate today) {
        requireHearingAwaited();
        this.hearingPlannedOn = MeetingDays.requireSettable("plannedOn", day, today);
        this.hearingStartsAt = startsAt;
        this.hearingPlace = place;
    }

    /** A1: a hearing is convoked once its day, time and place are set, and until it took place. */
    public void requireHearingPlanned() {
        requireHearingAwaited();
        if (hearingPlannedOn == null) {
            throw new ConflictException("A1", Wording.of("hearing.notPlanned"));
        }
    }

    /** A1, A3, X9: the day the convocation to the hearing went out, today when absent: not before the request, nor after the hearing. */
    public LocalDate hearingConvocationSent(LocalDate sentOn, LocalDate today) {
        requireHearingPlanned();
        LocalDate day = FactDates.check("sentOn", sentOn, today, hearingRequestedOn, Wording.of("factStep.hearingRequest"));
        if (day.isAfter(hearingPlannedOn)) {
            throw new ConflictException("A1", Wording.of("hearing.convocationAfterHearing", hearingPlannedOn, day));
        }
        return day;
    }

    /** C8: the Council heard the beneficiary, not before the day it was planned for (X9); signing is possible again. */
    public void recordHearingOutcome(LocalDate heldOn, String outcome, LocalDate today) {
        if (!hearingPending()) {
            throw new ConflictException("C8", Wording.of("hearing.noneAwaitsOutcome"));
        }
        this.hearingHeldOn = hearingPlannedOn == null
                ? FactDates.check("heldOn", heldOn, today, hearingRequestedOn, Wording.of("factStep.hearingRequest"))
                : FactDates.check("heldOn", heldOn, today, hearingPlannedOn, Wording.of("factStep.hearingPlanned"));
        this.hearingOutcome = outcome;
    }

    private void requireHearingAwaited() {
        if (status != ContractStatus.PROPOSED || !hearingPending()) {
            throw new ConflictException("C8", Wording.of("hearing.noneAwaited"));
        }
    }

    /**
     * Records a party's signature (C6, C7, C8, C9); a partner signs with its id. Returns
     * ContractSigned when it was the last one needed: the contract is then ACTIVE.
     */
    public Optional<ContractSigned> sign(Party party, UUID partnerId, LocalDate signedOn, LocalDate today, Instant recordedAt) {
        if (status != ContractStatus.PROPOSED) {
            throw new ConflictException("C9", Wording.of("signature.contractNotProposed", status.wording()));
        }
        LocalDate day = FactDates.check("signedOn", signedOn, today, handedOverOn, Wording.of("factStep.handOver"));
        if (!day.isAfter(reflectionEndsOn)) {
            throw new RuleViolationException("C7", Wording.of("signature.reflecting", reflectionEndsOn, reflectionEndsOn.plusDays(1)));
        }
        if (hearingPending()) {
            throw new RuleViolationException("C8", Wording.of("signature.hearingPending", hearingRequestedOn));
        }
        Signature signature = new Signature(party, party == Party.PARTNER ? partnerId : null, day, recordedAt);
        if (party == Party.PARTNER && partners.stream().noneMatch(partner -> partner.id().equals(partnerId))) {
            throw new RuleViolationException("C6", partners.isEmpty()
                    ? Wording.of("signature.noPartner")
                    : Wording.of("signature.unknownPartner", "partnerId"));
        }
        if (signatures.contains(signature)) {
            throw new ConflictException("C9", Wording.of("signature.alreadySigned"));
        }
        signatures.add(signature);
        if (!signatures.containsAll(requiredSignatures())) {
            return Optional.empty();
        }
        this.status = ContractStatus.ACTIVE;
        this.signedOn = signatures.stream().map(Signature::signedOn).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new ContractSigned(id, cpas, beneficiaryId, Codes.of(type), contentVersion, startDate, endDate, this.signedOn,
                referentWorker, replacementWorker, null));
    }

    /**
     * C10: all parties agreed to the amendment: its content replaces the current one as the next
     * version. Steps are new; the student commitments stay (C11).
     */
    public ContractAmended amend(ContractContent content, LocalDate agreedOn) {
        if (status != ContractStatus.ACTIVE) {
            throw new ConflictException("C10", Wording.of("amendment.contractNotActive", status.wording()));
        }
        content.requireComplete();
        this.startDate = content.startDate();
        this.endDate = content.endDate();
        this.referentWorker = content.referentWorker();
        this.replacementWorker = content.replacementWorker();
        this.personOfTrust = content.personOfTrust();
        this.goals.clear();
        this.goals.addAll(content.goals());
        this.commitments.clear();
        this.commitments.addAll(type == ContractType.STUDENT ? StudentCommitments.withStandard(content.commitments()) : content.commitments());
        this.partners.clear();
        this.partners.addAll(content.partners());
        this.contentVersion++;
        return new ContractAmended(id, cpas, beneficiaryId, contentVersion, startDate, endDate, agreedOn, referentWorker, replacementWorker);
    }

    /** C12: the final evaluation took place (E6). */
    public ContractEnded complete(LocalDate heldOn) {
        return end(ContractStatus.COMPLETED, EnumSet.of(ContractStatus.ACTIVE), heldOn, "final evaluation");
    }

    /** C12: the RIS ended; a contract not yet signed ends with it too. */
    public ContractEnded terminate(LocalDate endedOn, String reason, LocalDate today) {
        LocalDate day = FactDates.check("endedOn", endedOn, today, draftedOn(), Wording.of("factStep.draft"));
        return end(ContractStatus.TERMINATED, EnumSet.of(ContractStatus.DRAFT, ContractStatus.PROPOSED, ContractStatus.ACTIVE), day, reason);
    }

    /** C12, T1: the beneficiary moved; the new CPAS took over. */
    public ContractEnded transfer(LocalDate completedOn) {
        return end(ContractStatus.TRANSFERRED, EnumSet.of(ContractStatus.PROPOSED, ContractStatus.ACTIVE), completedOn, "transfer to another CPAS");
    }

    public boolean hasEnded() {
        return ENDED.contains(status);
    }

    private ContractEnded end(ContractStatus outcome, Set<ContractStatus> from, LocalDate day, String reason) {
        if (!from.contains(status)) {
            throw new ConflictException("C12", Wording.of("contract.cannotBecome", status.wording(), outcome.wording()));
        }
        this.status = outcome;
        this.endedOn = day;
        this.endReason = reason;
        // Nothing is expected of anyone once the contract ends: a step still planned ends with it,
        // and is never reported overdue (C12).
        goals.forEach(goal -> goal.steps().stream().filter(step -> step.status() == StepStatus.PLANNED).forEach(Step::cancel));
        return new ContractEnded(id, cpas, beneficiaryId, Codes.of(outcome), day);
    }

    /** C9, C10: the beneficiary, the CPAS and every partner organisation. */
    Set<Signature> requiredSignatures() {
        Set<Signature> required = new HashSet<>();
        required.add(new Signature(Party.BENEFICIARY, null, null, null));
        required.add(new Signature(Party.CPAS, null, null, null));
        partners.forEach(partner -> required.add(new Signature(Party.PARTNER, partner.id(), null, null)));
        return required;
    }

    /** A step of the contract, followed once the contract is active (C3, C12). */
    public Step activeStep(UUID stepId) {
        Step found = goals.stream().flatMap(goal -> goal.steps().stream())
                .filter(step -> step.id().equals(stepId))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("resource.step", stepId));
        if (status != ContractStatus.ACTIVE) {
            throw new ConflictException("C12", Wording.of("step.contractNotActive", status.wording()));
        }
        return found;
    }

    /** The day the draft was recorded, in Brussels: no fact of the contract happened before it (X9). */
    public LocalDate draftedOn() {
        return LocalDate.ofInstant(createdAt, PiisClock.BRUSSELS);
    }

    private boolean hearingPending() {
        return hearingRequestedOn != null && hearingHeldOn == null;
    }

    /** What the contract currently says. */
    public ContractContent content() {
        return new ContractContent(type, startDate, endDate, referentWorker, replacementWorker, personOfTrust, goals, commitments, partners);
    }

    public UUID id() {
        return id;
    }

    public String cpas() {
        return cpas;
    }

    public UUID beneficiaryId() {
        return beneficiaryId;
    }

    public ContractType type() {
        return type;
    }

    public ContractStatus status() {
        return status;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String referentWorker() {
        return referentWorker;
    }

    public String replacementWorker() {
        return replacementWorker;
    }

    public String personOfTrust() {
        return personOfTrust;
    }

    public List<Goal> goals() {
        return List.copyOf(goals);
    }

    public List<Commitment> commitments() {
        return List.copyOf(commitments);
    }

    public List<Partner> partners() {
        return List.copyOf(partners);
    }

    public LocalDate handedOverOn() {
        return handedOverOn;
    }

    public LocalDate reflectionEndsOn() {
        return reflectionEndsOn;
    }

    public LocalDate hearingRequestedOn() {
        return hearingRequestedOn;
    }

    public LocalDate hearingPlannedOn() {
        return hearingPlannedOn;
    }

    public LocalTime hearingStartsAt() {
        return hearingStartsAt;
    }

    public String hearingPlace() {
        return hearingPlace;
    }

    public LocalDate hearingHeldOn() {
        return hearingHeldOn;
    }

    public String hearingOutcome() {
        return hearingOutcome;
    }

    public List<Signature> signatures() {
        return signatures.stream().sorted(Comparator.comparing(Signature::party)).toList();
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endReason() {
        return endReason;
    }

    public int contentVersion() {
        return contentVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long lockVersion() {
        return lockVersion;
    }
}
