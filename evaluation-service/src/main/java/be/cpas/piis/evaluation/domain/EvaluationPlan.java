package be.cpas.piis.evaluation.domain;

import be.cpas.piis.events.ContractAmended;
import be.cpas.piis.platform.document.Language;
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

/**
 * The evaluations planned over one signed contract (E1), and what the plan knows of that contract:
 * its dates and version, who is in charge, the language of the beneficiary's letters, its end.
 */
@Entity
@Table(name = "evaluation_plan")
public class EvaluationPlan {

    @Id
    @Column(name = "contract_id")
    private UUID contractId;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(nullable = false)
    private boolean student;

    @Column(name = "contract_version", nullable = false)
    private int contractVersion;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** X9: the day the last party signed; unknown (null) for plans made before it was kept. */
    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "referent_worker", length = 200)
    private String referentWorker;

    @Column(name = "replacement_worker", length = 200)
    private String replacementWorker;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Language language;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(length = 16)
    private String outcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Optimistic lock (X5): bumped by every change of the plan and every move of one of its evaluations (E1 counts them together). */
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected EvaluationPlan() {
    }

    public EvaluationPlan(UUID contractId, String cpas, UUID beneficiaryId, boolean student, int contractVersion, LocalDate startDate,
                          LocalDate endDate, LocalDate signedOn, String referentWorker, String replacementWorker, Language language,
                          Instant createdAt) {
        this.contractId = contractId;
        this.cpas = cpas;
        this.beneficiaryId = beneficiaryId;
        this.student = student;
        this.contractVersion = contractVersion;
        this.startDate = startDate;
        this.endDate = endDate;
        this.signedOn = signedOn;
        this.referentWorker = referentWorker;
        this.replacementWorker = replacementWorker;
        this.language = language;
        this.createdAt = createdAt;
    }

    /**
     * C10: takes in an amendment newer than what the plan knows. Returns whether the contract's
     * dates changed, in which case the evaluations still to come must be planned again (E1).
     */
    public boolean follow(ContractAmended amended) {
        if (amended.version() <= contractVersion || endedOn != null) {
            return false;
        }
        boolean newDates = !amended.startDate().equals(startDate) || !amended.endDate().equals(endDate);
        this.contractVersion = amended.version();
        this.startDate = amended.startDate();
        this.endDate = amended.endDate();
        if (amended.referentWorker() != null) {
            this.referentWorker = amended.referentWorker();
            this.replacementWorker = amended.replacementWorker();
        }
        return newDates;
    }

    /** C12: the contract ended; returns false when the plan already knew it. */
    public boolean end(String contractOutcome, LocalDate on) {
        if (endedOn != null) {
            return false;
        }
        this.endedOn = on;
        this.outcome = contractOutcome;
        return true;
    }

    /** New interview requests and results belong to a running contract. */
    public void requireRunning(String rule) {
        if (endedOn != null) {
            throw new ConflictException(rule, Wording.of("contract.ended", endedOn, outcome));
        }
    }

    /**
     * X9: the day of a fact of the contract (an interview request, exam results, an evaluation held),
     * today when absent: never in the future, nor before the contract's signature, which every such fact follows.
     */
    public LocalDate factDate(String name, LocalDate fact, LocalDate today) {
        return FactDates.check(name, fact, today, signedOn, Wording.of("contract.signature"));
    }

    /** The contract's last day: its end date, or the day it ended early (C12). */
    public LocalDate lastDay() {
        return endedOn != null && endedOn.isBefore(endDate) ? endedOn : endDate;
    }

    public UUID contractId() {
        return contractId;
    }

    public String cpas() {
        return cpas;
    }

    public UUID beneficiaryId() {
        return beneficiaryId;
    }

    public boolean student() {
        return student;
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

    public Language language() {
        return language;
    }
}
