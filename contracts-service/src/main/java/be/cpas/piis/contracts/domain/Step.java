package be.cpas.piis.contracts.domain;

import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
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

    @Column(name = "done_on")
    private LocalDate doneOn;

    /** C12: when StepOverdue was published for this step; it is published once. */
    @Column(name = "overdue_reported_on")
    private LocalDate overdueReportedOn;

    protected Step() {
    }

    public Step(String description, Party responsible, LocalDate dueDate) {
        this.id = UUID.randomUUID();
        this.description = description;
        this.responsible = responsible;
        this.dueDate = dueDate;
        this.status = StepStatus.PLANNED;
    }

    public void markDone(LocalDate day, LocalDate today, LocalDate earliest) {
        requirePlanned();
        this.doneOn = FactDates.check("doneOn", day, today, earliest, Wording.of("factStep.signature"));
        this.status = StepStatus.DONE;
    }

    public void cancel() {
        requirePlanned();
        this.status = StepStatus.CANCELLED;
    }

    /** C12: past its due date and neither done nor cancelled, whichever party owns it. */
    public boolean isOverdue(LocalDate today) {
        return status == StepStatus.PLANNED && dueDate != null && dueDate.isBefore(today);
    }

    /** C12: true, once, when the step is past its due date and not done, whichever party owns it. */
    public boolean reportIfOverdue(LocalDate today) {
        if (!isOverdue(today) || overdueReportedOn != null) {
            return false;
        }
        this.overdueReportedOn = today;
        return true;
    }

    private void requirePlanned() {
        if (status != StepStatus.PLANNED) {
            throw new ConflictException("C3", status == StepStatus.DONE ? Wording.of("step.alreadyDone") : Wording.of("step.alreadyCancelled"));
        }
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

    public LocalDate doneOn() {
        return doneOn;
    }
}
