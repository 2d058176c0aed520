package be.cpas.piis.transfer.domain;

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

/** T1-T3, T5: a dossier received for a CPAS this deployment serves, under the id the sender gave the transfer. */
@Entity
@Table(name = "incoming_transfer")
public class IncomingTransfer {

    public enum Status {
        RECEIVED
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
