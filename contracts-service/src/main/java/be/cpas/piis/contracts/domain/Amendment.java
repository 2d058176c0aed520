package be.cpas.piis.contracts.domain;

import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * C10: a change of an active contract asked by either side. It takes effect, as a new version, once
 * every party agreed: the beneficiary, the CPAS and every partner organisation (C6).
 */
@Entity
@Table(name = "contract_amendment")
public class Amendment {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(nullable = false, length = 2000)
    private String reason;

    /** The proposed content, as stored JSON: it replaces the contract's content once agreed. */
    @Column(nullable = false)
    private String content;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    /** The contract version this amendment made, once agreed. */
    @Column(name = "version")
    private Integer resultingVersion;

    @ElementCollection
    @CollectionTable(name = "contract_amendment_agreement", joinColumns = @JoinColumn(name = "amendment_id"))
    private Set<Signature> agreements = new HashSet<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Amendment() {
    }

    public Amendment(Contract contract, String reason, String content, LocalDate proposedOn, LocalDate today) {
        if (contract.status() != ContractStatus.ACTIVE) {
            throw new ConflictException("C10", Wording.of("amendment.contractNotActive", contract.status().wording()));
        }
        this.id = UUID.randomUUID();
        this.contractId = contract.id();
        this.cpas = contract.cpas();
        this.reason = reason;
        this.content = content;
        this.proposedOn = FactDates.check("proposedOn", proposedOn, today, contract.signedOn(), Wording.of("factStep.signature"));
    }

    /** Records a party's agreement; true when it was the last one needed. */
    public boolean agree(Contract contract, Party party, UUID partnerId, LocalDate agreedOn, LocalDate today, Instant recordedAt) {
        if (this.agreedOn != null) {
            throw new ConflictException("C10", Wording.of("amendment.alreadyAgreed", this.agreedOn));
        }
        Signature agreement = new Signature(party, party == Party.PARTNER ? partnerId : null,
                FactDates.check("agreedOn", agreedOn, today, proposedOn, Wording.of("factStep.amendmentProposal")), recordedAt);
        Set<Signature> required = contract.requiredSignatures();
        if (!required.contains(agreement)) {
            throw new RuleViolationException("C6", Wording.of("amendment.notAParty"));
        }
        if (!agreements.add(agreement)) {
            throw new ConflictException("C10", Wording.of("amendment.partyAlreadyAgreed"));
        }
        if (!agreements.containsAll(required)) {
            return false;
        }
        this.agreedOn = agreements.stream().map(Signature::signedOn).max(Comparator.naturalOrder()).orElseThrow();
        return true;
    }

    public void madeVersion(int version) {
        this.resultingVersion = version;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String reason() {
        return reason;
    }

    public String content() {
        return content;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public Integer resultingVersion() {
        return resultingVersion;
    }

    public List<Signature> agreements() {
        return agreements.stream().sorted(Comparator.comparing(Signature::party)).toList();
    }
}
