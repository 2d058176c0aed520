package be.cpas.piis.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** S5: something the CPAS owed on a contract and did not do in time: a CPAS step overdue, an interview request past its deadline. */
@Entity
@Table(name = "cpas_failure")
public class CpasFailure {

    public static final String STEP_OVERDUE = "stepOverdue";
    public static final String INTERVIEW_OVERDUE = "interviewOverdue";

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(nullable = false, length = 24)
    private String kind;

    @Column(name = "reference_id", nullable = false)
    private UUID referenceId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected CpasFailure() {
    }

    public CpasFailure(UUID contractId, String cpas, String kind, UUID referenceId, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.cpas = cpas;
        this.kind = kind;
        this.referenceId = referenceId;
        this.dueOn = dueOn;
    }

    public CpasSide.Failure asFailure() {
        return new CpasSide.Failure(kind, referenceId, dueOn);
    }
}
