package be.cpas.piis.contracts.domain;

import be.cpas.piis.events.ExemptionGranted;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** C2: the CPAS's decision that a beneficiary needs no PIIS, with its ground, justification and decider. */
@Entity
@Table(name = "exemption")
public class Exemption {

    @Id
    private UUID id;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ExemptionGround ground;

    @Column(nullable = false, length = 4000)
    private String justification;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "lifted_on")
    private LocalDate liftedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Exemption() {
    }

    /**
     * Grants the exemption and exempts the beneficiary: no signing deadline runs while it is in force.
     * It exempts from the PIIS that the RIS grant calls for (C1), so it is not decided before that grant (X9).
     */
    public static Exemption grant(Beneficiary beneficiary, ExemptionGround ground, String justification, String decidedBy,
                                  LocalDate decidedOn, LocalDate today, Instant createdAt) {
        Exemption exemption = new Exemption();
        exemption.id = UUID.randomUUID();
        exemption.cpas = beneficiary.cpas();
        exemption.beneficiaryId = beneficiary.id();
        exemption.ground = ground;
        exemption.justification = justification;
        exemption.decidedBy = decidedBy;
        exemption.decidedOn = FactDates.check("decidedOn", decidedOn, today, beneficiary.risDecisionDate(), Wording.of("factStep.risDecision"));
        exemption.createdAt = createdAt;
        beneficiary.exempt();
        return exemption;
    }

    public ExemptionGranted granted() {
        return new ExemptionGranted(id, beneficiaryId, cpas, Codes.of(ground), decidedOn);
    }

    /** C2: lifting the exemption restarts C1's clock from the day it was lifted. */
    public void lift(Beneficiary beneficiary, LocalDate liftedOn, LocalDate today) {
        if (this.liftedOn != null) {
            throw new ConflictException("C2", Wording.of("exemption.alreadyLifted", this.liftedOn));
        }
        this.liftedOn = FactDates.check("liftedOn", liftedOn, today, decidedOn, Wording.of("factStep.exemptionDecision"));
        beneficiary.restartDeadlineOn(this.liftedOn);
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

    public ExemptionGround ground() {
        return ground;
    }

    public String justification() {
        return justification;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate liftedOn() {
        return liftedOn;
    }
}
