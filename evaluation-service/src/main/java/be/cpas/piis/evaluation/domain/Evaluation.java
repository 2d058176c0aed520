package be.cpas.piis.evaluation.domain;

import be.cpas.piis.events.EvaluationCompleted;
import be.cpas.piis.events.EvaluationMissed;
import be.cpas.piis.events.EvaluationScheduled;
import be.cpas.piis.events.FinalEvaluationCompleted;
import be.cpas.piis.events.PiisEvent;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One evaluation of a contract: planned, then held or missed, or cancelled when the contract changes. */
@Entity
@Table(name = "evaluation")
public class Evaluation implements Meeting {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Embedded
    private Appointment appointment;

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

    @Column(name = "excuse_reason", length = 1000)
    private String excuseReason;

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

    public Evaluation(UUID contractId, String cpas, Appointment appointment, EvaluationKind kind) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.cpas = cpas;
        this.appointment = appointment;
        this.kind = kind;
        this.status = EvaluationStatus.PLANNED;
    }

    /**
     * E4-E6: records how the evaluation went. Returns the events that tell it: EvaluationCompleted,
     * EvaluationMissed for an unexcused absence (E5), FinalEvaluationCompleted for a final evaluation held (E6).
     * An excused absence says why; it was held after the contract's signature, from which its plan comes (X9).
     */
    public List<PiisEvent> record(LocalDate heldOn, Attendance attendance, String excuseReason, String progress, String notes,
                                  String adjustments, EvaluationPlan plan, LocalDate today) {
        requirePlanned(Wording.of("evaluation.noLonger.recorded"));
        if (attendance == Attendance.EXCUSED && (excuseReason == null || excuseReason.isBlank())) {
            throw new InvalidInputException(InputIssue.invalid("body", "excuseReason", null, "says why an excused absence is excused (E4)"));
        }
        if (attendance != Attendance.EXCUSED && excuseReason != null) {
            throw new InvalidInputException(InputIssue.invalid("body", "excuseReason", excuseReason, "is given only for an excused absence"));
        }
        this.heldOn = plan.factDate("heldOn", heldOn, today);
        this.attendance = attendance;
        this.excuseReason = excuseReason;
        this.progress = progress;
        this.notes = notes;
        this.adjustments = adjustments;
        List<PiisEvent> events = new ArrayList<>();
        events.add(new EvaluationCompleted(id, contractId, cpas, this.heldOn, Codes.of(attendance)));
        if (attendance == Attendance.ABSENT) {
            this.status = EvaluationStatus.MISSED;
            events.add(new EvaluationMissed(id, contractId, cpas, plan.beneficiaryId(), appointment.day()));
        } else {
            this.status = EvaluationStatus.COMPLETED;
            if (kind == EvaluationKind.FINAL) {
                events.add(new FinalEvaluationCompleted(id, contractId, cpas, this.heldOn));
            }
        }
        return events;
    }

    /** E1: a social worker moves the evaluation; the plan checks that the contract stays evaluated often enough. */
    public EvaluationScheduled moveTo(LocalDate day, LocalTime startsAt, String place, LocalDate today) {
        requirePlanned(Wording.of("evaluation.noLonger.moved"));
        this.appointment = appointment.movedTo(day, startsAt, place, today);
        return scheduled();
    }

    /** The contract's dates changed or it ended: this evaluation will not take place. */
    public void cancel() {
        requirePlanned(Wording.of("evaluation.noLonger.cancelled"));
        this.status = EvaluationStatus.CANCELLED;
    }

    private void requirePlanned(Wording refused) {
        if (status != EvaluationStatus.PLANNED) {
            throw new ConflictException("E4", Wording.of("evaluation.notPlanned", Codes.of(status), refused));
        }
    }

    @Override
    public void requireOpen() {
        requirePlanned(Wording.of("evaluation.noLonger.convoked"));
    }

    /** X9: what happens about the evaluation (a letter, a confirmation) follows the contract's signature, from which its plan comes. */
    @Override
    public LocalDate factDate(String name, LocalDate fact, LocalDate today, EvaluationPlan plan) {
        return plan.factDate(name, fact, today);
    }

    public EvaluationScheduled scheduled() {
        return new EvaluationScheduled(id, contractId, cpas, appointment.day(), Codes.of(kind));
    }

    public boolean isPlanned() {
        return status == EvaluationStatus.PLANNED;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public UUID contractId() {
        return contractId;
    }

    @Override
    public String cpas() {
        return cpas;
    }

    @Override
    public Appointment appointment() {
        return appointment;
    }

    @Override
    public MeetingKind meetingKind() {
        return kind == EvaluationKind.FINAL ? MeetingKind.FINAL_EVALUATION : MeetingKind.EVALUATION;
    }

    public LocalDate plannedOn() {
        return appointment.day();
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

    public String excuseReason() {
        return excuseReason;
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
