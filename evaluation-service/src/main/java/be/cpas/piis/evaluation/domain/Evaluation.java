package be.cpas.piis.evaluation.domain;

import be.cpas.piis.events.EvaluationScheduled;
import be.cpas.piis.platform.json.Codes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** One evaluation of a contract: planned, then held or missed. */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvaluationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvaluationStatus status;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Evaluation() {
    }

    public Evaluation(UUID contractId, String cpas, LocalDate plannedOn, EvaluationKind kind) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.cpas = cpas;
        this.plannedOn = plannedOn;
        this.kind = kind;
        this.status = EvaluationStatus.PLANNED;
    }

    public EvaluationScheduled scheduled() {
        return new EvaluationScheduled(id, contractId, cpas, plannedOn, Codes.of(kind));
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public EvaluationKind kind() {
        return kind;
    }

    public EvaluationStatus status() {
        return status;
    }
}
