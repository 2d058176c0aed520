package be.cpas.piis.transfer.domain;

import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** What transfer-service knows of a contract from contracts-service's events: whose it is, a student's or not, still running or not. */
@Entity
@Table(name = "known_contract")
public class KnownContract {

    @Id
    @Column(name = "contract_id")
    private UUID contractId;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(nullable = false)
    private boolean student;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(length = 16)
    private String outcome;

    protected KnownContract() {
    }

    public KnownContract(UUID contractId, String cpas, UUID beneficiaryId, boolean student, LocalDate signedOn) {
        this.contractId = contractId;
        this.cpas = cpas;
        this.beneficiaryId = beneficiaryId;
        this.student = student;
        this.signedOn = signedOn;
    }

    /** C12: the contract ended; returns false when it was already known. */
    public boolean ended(String contractOutcome, LocalDate on) {
        if (endedOn != null) {
            return false;
        }
        this.endedOn = on;
        this.outcome = contractOutcome;
        return true;
    }

    /** T1: only a running contract follows its beneficiary. */
    public void requireRunning() {
        if (endedOn != null) {
            throw new ConflictException("T1", Wording.of("contract.ended", endedOn, outcome));
        }
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

    public LocalDate signedOn() {
        return signedOn;
    }
}
