package be.cpas.piis.contracts.domain;

import be.cpas.piis.events.ContractProposed;
import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.time.FactDates;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A PIIS contract and the rules of its life: DRAFT → PROPOSED → ACTIVE. Each transition checks
 * its rule and returns the event that records it; a forbidden one throws with the rule's ID.
 */
@Entity
@Table(name = "contract")
public class Contract {

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

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "contract_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Goal> goals = new ArrayList<>();

    @Column(name = "handed_over_on")
    private LocalDate handedOverOn;

    @Column(name = "reflection_ends_on")
    private LocalDate reflectionEndsOn;

    @ElementCollection
    @CollectionTable(name = "contract_signature", joinColumns = @JoinColumn(name = "contract_id"))
    private Set<Signature> signatures = new HashSet<>();

    @Column(name = "signed_on")
    private LocalDate signedOn;

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

    public static Contract draft(String cpas, UUID beneficiaryId, ContractType type, LocalDate startDate, LocalDate endDate,
                                 String referentWorker, String replacementWorker, List<Goal> goals, Instant createdAt) {
        if (!endDate.isAfter(startDate)) {
            throw new RuleViolationException("C3", "A contract ends after it starts: " + startDate + " to " + endDate);
        }
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.cpas = cpas;
        contract.beneficiaryId = beneficiaryId;
        contract.type = type;
        contract.status = ContractStatus.DRAFT;
        contract.startDate = startDate;
        contract.endDate = endDate;
        contract.referentWorker = referentWorker;
        contract.replacementWorker = replacementWorker;
        contract.goals = new ArrayList<>(goals);
        contract.contentVersion = 1;
        contract.createdAt = createdAt;
        return contract;
    }

    /** Hands the draft to the beneficiary (C4, C7): the reflection period starts. */
    public ContractProposed propose(LocalDate handedOverOn, LocalDate today, LocalDate draftedOn, ReflectionPeriod reflection) {
        if (status != ContractStatus.DRAFT) {
            throw new ConflictException("C7", "Only a draft can be proposed; this contract is " + status.name().toLowerCase());
        }
        if (isBlank(referentWorker) || isBlank(replacementWorker)) {
            throw new RuleViolationException("C4", "A contract names its reference social worker and that worker's replacement before it is proposed");
        }
        if (goals.isEmpty()) {
            throw new RuleViolationException("C3", "A contract has at least one goal before it is proposed");
        }
        this.handedOverOn = FactDates.check("handedOverOn", handedOverOn, today, draftedOn, "the draft");
        this.reflectionEndsOn = reflection.endsOn(this.handedOverOn);
        this.status = ContractStatus.PROPOSED;
        return new ContractProposed(id, cpas, beneficiaryId, contentVersion, this.handedOverOn, reflectionEndsOn);
    }

    /**
     * Records a party's signature (C7, C9). Returns ContractSigned when it was the last one needed:
     * the contract is then ACTIVE.
     */
    public Optional<ContractSigned> sign(Party party, LocalDate signedOn, LocalDate today, Instant recordedAt) {
        if (status != ContractStatus.PROPOSED) {
            throw new ConflictException("C9", "Only a proposed contract can be signed; this contract is " + status.name().toLowerCase());
        }
        LocalDate day = FactDates.check("signedOn", signedOn, today, handedOverOn, "the day the draft was handed over");
        if (!day.isAfter(reflectionEndsOn)) {
            throw new RuleViolationException("C7", "The beneficiary reflects until " + reflectionEndsOn
                    + "; the contract can be signed from " + reflectionEndsOn.plusDays(1));
        }
        if (!requiredSignatories().contains(party)) {
            throw new RuleViolationException("C6", "No partner organisation takes part in this contract");
        }
        if (signatories().contains(party)) {
            throw new ConflictException("C9", "The " + party.name().toLowerCase() + " already signed this contract");
        }
        signatures.add(new Signature(party, day, recordedAt));
        if (!signatories().containsAll(requiredSignatories())) {
            return Optional.empty();
        }
        this.status = ContractStatus.ACTIVE;
        this.signedOn = signatures.stream().map(Signature::signedOn).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new ContractSigned(id, cpas, beneficiaryId, type.name().toLowerCase(), contentVersion, startDate, endDate, this.signedOn));
    }

    /** C9: the beneficiary and the CPAS; partner organisations join them in a later version. */
    private Set<Party> requiredSignatories() {
        return EnumSet.of(Party.BENEFICIARY, Party.CPAS);
    }

    private Set<Party> signatories() {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        signatures.forEach(signature -> parties.add(signature.party()));
        return parties;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
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

    public List<Goal> goals() {
        return List.copyOf(goals);
    }

    public LocalDate handedOverOn() {
        return handedOverOn;
    }

    public LocalDate reflectionEndsOn() {
        return reflectionEndsOn;
    }

    public List<Signature> signatures() {
        return signatures.stream().sorted(Comparator.comparing(Signature::party)).toList();
    }

    public LocalDate signedOn() {
        return signedOn;
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
