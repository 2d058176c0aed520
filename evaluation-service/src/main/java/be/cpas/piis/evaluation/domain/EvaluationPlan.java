package be.cpas.piis.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The evaluations planned over one signed contract (E1). */
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

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EvaluationPlan() {
    }

    public EvaluationPlan(UUID contractId, String cpas, UUID beneficiaryId, LocalDate startDate, LocalDate endDate, Instant createdAt) {
        this.contractId = contractId;
        this.cpas = cpas;
        this.beneficiaryId = beneficiaryId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.createdAt = createdAt;
    }

    public UUID contractId() {
        return contractId;
    }

    public UUID beneficiaryId() {
        return beneficiaryId;
    }
}
