package be.cpas.piis.evaluation.domain;

import be.cpas.piis.events.EvaluationCompleted;
import be.cpas.piis.events.EvaluationMissed;
import be.cpas.piis.events.EvaluationScheduled;
import be.cpas.piis.events.FinalEvaluationCompleted;
import be.cpas.piis.events.PiisEvent;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Attendance attendance;

    /** E4: progress per goal, as the social worker wrote it. */
    @Column
    private String progress;

    @Column(length = 4000)
    private String notes;

    @Column(length = 4000)
    private String adjustments;

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

    /**
     * E4-E6: records how the evaluation went. Returns the events that tell it: EvaluationCompleted,
     * EvaluationMissed for an unexcused absence (E5), FinalEvaluationCompleted for a final evaluation held (E6).
     */
    public List<PiisEvent> record(LocalDate heldOn, Attendance attendance, String progress, String notes, String adjustments,
                                  UUID beneficiaryId, LocalDate today) {
        if (status != EvaluationStatus.PLANNED) {
            throw new ConflictException("E4", "This evaluation was already recorded as " + Codes.of(status));
        }
        this.heldOn = FactDates.check("heldOn", heldOn, today, null, null);
        this.attendance = attendance;
        this.progress = progress;
        this.notes = notes;
        this.adjustments = adjustments;
        List<PiisEvent> events = new ArrayList<>();
        events.add(new EvaluationCompleted(id, contractId, cpas, this.heldOn, Codes.of(attendance)));
        if (attendance == Attendance.ABSENT) {
            this.status = EvaluationStatus.MISSED;
            events.add(new EvaluationMissed(id, contractId, cpas, beneficiaryId, plannedOn));
        } else {
            this.status = EvaluationStatus.COMPLETED;
            if (kind == EvaluationKind.FINAL) {
                events.add(new FinalEvaluationCompleted(id, contractId, cpas, this.heldOn));
            }
        }
        return events;
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

    public LocalDate heldOn() {
        return heldOn;
    }

    public Attendance attendance() {
        return attendance;
    }

    public String progress() {
        return progress;
    }

    public String notes() {
        return notes;
    }

    public String adjustments() {
        return adjustments;
    }
}
