package be.cpas.piis.transfer.domain;

import be.cpas.piis.events.TransferAccepted;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
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
import java.util.UUID;

/** T1-T3, T5: a dossier received for a CPAS this deployment serves, under the id the sender gave the transfer. */
@Entity
@Table(name = "incoming_transfer")
public class IncomingTransfer {

    /** RECEIVED for a CPAS this system serves, then TAKEN_OVER (T2); FORWARDING then FORWARDED for another one (T6). */
    public enum Status {
        RECEIVED, TAKEN_OVER, FORWARDING, FORWARDED
    }

    /** T6: a dossier that reached the wrong CPAS is forwarded within this many calendar days. */
    public static final int DAYS_TO_FORWARD = 5;

    /** T2: the new CPAS takes over all the commitments, some goals, or none. */
    public enum TakeOver {
        FULL, PARTIAL, NONE
    }

    @Id
    private UUID id;

    @Column(name = "from_cpas", nullable = false, length = 5)
    private String fromCpas;

    @Column(name = "to_cpas", nullable = false, length = 5)
    private String toCpas;

    @Column(name = "moved_on", nullable = false)
    private LocalDate movedOn;

    @Column(name = "beneficiary_refused", nullable = false)
    private boolean beneficiaryRefused;

    /** The dossier as received, in the JSON of {@link Dossier}. */
    @Column(nullable = false)
    private String dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "take_over", length = 16)
    private TakeOver takeOver;

    @Column(name = "take_over_reasons", length = 4000)
    private String takeOverReasons;

    @Column(name = "taken_over_on")
    private LocalDate takenOverOn;

    @Column(name = "taken_over_by", length = 200)
    private String takenOverBy;

    @Column(name = "draft_contract_id")
    private UUID draftContractId;

    @Column(name = "forward_by")
    private LocalDate forwardBy;

    @Column(name = "forwarded_on")
    private LocalDate forwardedOn;

    @Embedded
    private DeliveryAttempts attempts;

    @Column(name = "letter_id")
    private UUID letterId;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected IncomingTransfer() {
    }

    public IncomingTransfer(Dossier received, String json, Instant now) {
        this.id = received.transferId();
        this.fromCpas = received.fromCpas();
        this.toCpas = received.toCpas();
        this.movedOn = received.movedOn();
        this.beneficiaryRefused = received.beneficiaryRefused();
        this.dossier = json;
        this.status = Status.RECEIVED;
        this.receivedAt = now;
        this.attempts = DeliveryAttempts.from(now);
    }

    /** T6: a dossier for a CPAS another system serves, to forward there by {@link #DAYS_TO_FORWARD} days from today. */
    public static IncomingTransfer toForward(Dossier received, String json, Instant now, LocalDate today) {
        IncomingTransfer transfer = new IncomingTransfer(received, json, now);
        transfer.status = Status.FORWARDING;
        transfer.forwardBy = today.plusDays(DAYS_TO_FORWARD);
        return transfer;
    }

    /** A3, T6: the letter telling the beneficiary where the dossier goes, kept as sent. */
    public void beneficiaryTold(UUID letter) {
        this.letterId = letter;
    }

    /** T6: this replica forwards the dossier now; the others leave it until the lease ends. */
    public void takenForForwarding(Instant now) {
        this.attempts.leased(now);
    }

    /** T6: the competent CPAS acknowledged the forwarded dossier; returns false when it was forwarded already, by another replica. */
    public boolean forwarded(LocalDate today) {
        if (status != Status.FORWARDING) {
            return false;
        }
        this.status = Status.FORWARDED;
        this.forwardedOn = today;
        this.attempts.succeeded();
        return true;
    }

    /** T6: tried again later, each time waiting longer, up to an hour; once forwarded, a late failure changes nothing. */
    public void forwardingFailed(String error, Instant now) {
        if (status == Status.FORWARDING) {
            this.attempts.failed(error, now);
        }
    }

    public LocalDate forwardBy() {
        return forwardBy;
    }

    public LocalDate forwardedOn() {
        return forwardedOn;
    }

    public UUID letterId() {
        return letterId;
    }

    /** T2, T3: a dossier without content (the beneficiary refused) has nothing to take over; a decision is taken once. */
    public void requireTakeOverPossible() {
        if (beneficiaryRefused) {
            throw new ConflictException("T3", Wording.of("takeOver.refusedByBeneficiary"));
        }
        if (status == Status.FORWARDING || status == Status.FORWARDED) {
            throw new ConflictException("T6", Wording.of("takeOver.forAnotherCpas"));
        }
        if (status == Status.TAKEN_OVER) {
            throw new ConflictException("T2", Wording.of("takeOver.alreadyDecided", takenOverOn, takeOver.name().toLowerCase()));
        }
    }

    /** T2: the decision, with its reasons; a full or partial one led to the draft {@code draftContract} at this CPAS. */
    public TransferAccepted takenOver(TakeOver decision, String reasons, UUID draftContract, String by, LocalDate today, UUID oldContractId) {
        requireTakeOverPossible();
        this.takeOver = decision;
        this.takeOverReasons = reasons;
        this.draftContractId = draftContract;
        this.takenOverBy = by;
        this.takenOverOn = today;
        this.status = Status.TAKEN_OVER;
        return new TransferAccepted(id, oldContractId, fromCpas, toCpas, Codes.of(decision));
    }

    public TakeOver takeOver() {
        return takeOver;
    }

    public String takeOverReasons() {
        return takeOverReasons;
    }

    public LocalDate takenOverOn() {
        return takenOverOn;
    }

    public UUID draftContractId() {
        return draftContractId;
    }

    public UUID id() {
        return id;
    }

    public String fromCpas() {
        return fromCpas;
    }

    public String toCpas() {
        return toCpas;
    }

    public LocalDate movedOn() {
        return movedOn;
    }

    public boolean beneficiaryRefused() {
        return beneficiaryRefused;
    }

    public String dossier() {
        return dossier;
    }

    public Status status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
