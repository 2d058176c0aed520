package be.cpas.piis.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** What is done towards a goal, by whom and by when (C3). */
@Entity
@Table(name = "contract_step")
public class Step {

    @Id
    private UUID id;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Party responsible;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StepStatus status;

    protected Step() {
    }

    public Step(String description, Party responsible, LocalDate dueDate) {
        this.id = UUID.randomUUID();
        this.description = description;
        this.responsible = responsible;
        this.dueDate = dueDate;
        this.status = StepStatus.PLANNED;
    }

    public UUID id() {
        return id;
    }

    public String description() {
        return description;
    }

    public Party responsible() {
        return responsible;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public StepStatus status() {
        return status;
    }
}
