package be.cpas.piis.transfer.domain;

import be.cpas.piis.events.TransferCompleted;
import be.cpas.piis.events.TransferRefused;
import be.cpas.piis.events.TransferRequested;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * T1: the beneficiary moved to a municipality served by another CPAS, which becomes competent: the
 * contract goes there as a transfer dossier. T3: when the beneficiary refused the transfer, only the
 * fact of the move goes. T4: a student's contract stays during uninterrupted studies.
 */
@Entity
@Table(name = "outgoing_transfer")
public class OutgoingTransfer {

    @Id
    private UUID id;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(name = "to_cpas", nullable = false, length = 5)
    private String toCpas;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(name = "moved_on", nullable = false)
    private LocalDate movedOn;

    @Column(name = "beneficiary_refused", nullable = false)
    private boolean beneficiaryRefused;

    @Column(name = "studies_ended_on")
    private LocalDate studiesEndedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TransferStatus status;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** T5: the dossier as sent, in the JSON of {@link Dossier}; assembled before the first delivery. */
    @Column
    private String dossier;

    @Embedded
    private DeliveryAttempts attempts;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected OutgoingTransfer() {
    }

    private OutgoingTransfer(KnownContract contract, String toCpas, LocalDate movedOn, boolean beneficiaryRefused, LocalDate studiesEndedOn,
                             LocalDate today, Instant now) {
        this.id = UUID.randomUUID();
        this.cpas = contract.cpas();
        this.toCpas = toCpas;
        this.contractId = contract.contractId();
        this.beneficiaryId = contract.beneficiaryId();
        this.movedOn = movedOn;
        this.beneficiaryRefused = beneficiaryRefused;
        this.studiesEndedOn = studiesEndedOn;
        this.status = TransferStatus.REQUESTED;
        this.requestedOn = today;
        this.createdAt = now;
        this.attempts = DeliveryAttempts.from(now);
    }

    /**
     * T1, T4, X9: the move of {@code movedOn} to the municipality of {@code toCpas}. A student's
     * contract moves only once the studies ended or were interrupted ({@code studiesEndedOn}).
     */
    public static OutgoingTransfer start(KnownContract contract, String toCpas, LocalDate movedOn, boolean beneficiaryRefused,
                                         LocalDate studiesEndedOn, LocalDate today, Instant now) {
        contract.requireRunning();
        if (toCpas.equals(contract.cpas())) {
            throw new RuleViolationException("T1", Wording.of("transfer.sameMunicipality", toCpas));
        }
        LocalDate moved = FactDates.check("movedOn", movedOn, today, contract.signedOn(), Wording.of("contract.signature"));
        if (contract.student() && studiesEndedOn == null) {
            throw new RuleViolationException("T4", Wording.of("transfer.studiesUnderWay"));
        }
        LocalDate studiesEnded = studiesEndedOn == null ? null : FactDates.check("studiesEndedOn", studiesEndedOn, today, null, null);
        return new OutgoingTransfer(contract, toCpas, moved, beneficiaryRefused, studiesEnded, today, now);
    }

    /** T5: this replica sends the dossier now; the others leave it until the lease ends. */
    public void takenForDelivery(Instant now) {
        this.attempts.leased(now);
    }

    /**
     * T5: the dossier to send, kept as first assembled and returned as kept, so that every attempt
     * sends the same dossier under the same key (the other side keeps one dossier per key).
     */
    public String dossierAssembled(String json) {
        if (dossier == null) {
            this.dossier = json;
        }
        return dossier;
    }

    /**
     * T1, T5: the competent CPAS acknowledged the dossier: the contract is closed TRANSFERRED here
     * (TransferCompleted). Delivered once: a later acknowledgement of a retry changes nothing.
     */
    public Optional<TransferCompleted> delivered(Instant now, LocalDate today) {
        if (status != TransferStatus.REQUESTED) {
            return Optional.empty();
        }
        this.status = TransferStatus.DELIVERED;
        this.deliveredAt = now;
        this.attempts.succeeded();
        return Optional.of(new TransferCompleted(id, contractId, cpas, toCpas, today));
    }

    /**
     * T5: the other side could not be reached or refused the dossier: tried again later, each time
     * waiting longer, up to an hour. Once delivered (by another replica whose lease came after),
     * a late failure changes nothing.
     */
    public void deliveryFailed(String error, Instant now) {
        if (status == TransferStatus.REQUESTED) {
            this.attempts.failed(error, now);
        }
    }

    /** T3: the beneficiary refused that the contract's content go with them; only the fact of the move goes. */
    public Optional<TransferRefused> refusedByBeneficiary() {
        return beneficiaryRefused ? Optional.of(new TransferRefused(id, contractId, cpas, toCpas, "T3")) : Optional.empty();
    }

    public TransferRequested requested() {
        return new TransferRequested(id, contractId, cpas, toCpas, requestedOn);
    }

    public UUID id() {
        return id;
    }

    public String cpas() {
        return cpas;
    }

    public String toCpas() {
        return toCpas;
    }

    public UUID contractId() {
        return contractId;
    }

    public UUID beneficiaryId() {
        return beneficiaryId;
    }

    public LocalDate movedOn() {
        return movedOn;
    }

    public boolean beneficiaryRefused() {
        return beneficiaryRefused;
    }

    public LocalDate studiesEndedOn() {
        return studiesEndedOn;
    }

    public String dossier() {
        return dossier;
    }

    public DeliveryAttempts attempts() {
        return attempts;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public TransferStatus status() {
        return status;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }
}
