package be.cpas.piis.evaluation.domain;

import be.cpas.piis.events.InterviewOverdue;
import be.cpas.piis.events.InterviewRequested;
import be.cpas.piis.platform.calendar.BelgianWorkingDays;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.AttributeOverride;
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
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

/**
 * E3: the beneficiary asked for an interview; the CPAS must hold it within
 * {@value #WORKING_DAYS_TO_HOLD} working days (X6). Past that without the interview, the CPAS
 * failed its side of the contract: InterviewOverdue, once, which sanctions-service weighs (S5).
 */
@Entity
@Table(name = "interview_request")
public class InterviewRequest implements Meeting {

    public static final int WORKING_DAYS_TO_HOLD = 5;

    /** X9: the step that what happens about the interview follows. */
    private static final Wording REQUEST = Wording.of("interviewRequest.request");

    public enum Status {
        REQUESTED, SCHEDULED, HELD, CANCELLED
    }

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "due_by", nullable = false)
    private LocalDate dueBy;

    @Column(length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Embedded
    @AttributeOverride(name = "day", column = @Column(name = "scheduled_on"))
    private Appointment appointment;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(length = 4000)
    private String notes;

    @Column(name = "overdue_reported_on")
    private LocalDate overdueReportedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected InterviewRequest() {
    }

    private InterviewRequest(UUID contractId, String cpas, LocalDate requestedOn, String reason, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.cpas = cpas;
        this.requestedOn = requestedOn;
        this.dueBy = BelgianWorkingDays.plusWorkingDays(requestedOn, WORKING_DAYS_TO_HOLD);
        this.reason = reason;
        this.status = Status.REQUESTED;
        this.createdAt = createdAt;
    }

    /** E3, X9: a request made on {@code requestedOn}, today when absent, under the contract planned by {@code plan}. */
    public static InterviewRequest received(EvaluationPlan plan, LocalDate requestedOn, String reason, LocalDate today, Instant now) {
        return new InterviewRequest(plan.contractId(), plan.cpas(), plan.factDate("requestedOn", requestedOn, today), reason, now);
    }

    public InterviewRequested requested() {
        return new InterviewRequested(id, contractId, cpas, requestedOn, dueBy);
    }

    /** E3: sets or moves the interview. A day after the deadline is allowed, since the beneficiary may prefer it, but {@link #lateForDeadline() flagged}. */
    public void schedule(LocalDate day, LocalTime startsAt, String place, LocalDate today) {
        requireOpen();
        this.appointment = appointment == null ? Appointment.setFor(day, startsAt, place, today)
                : appointment.movedTo(day, startsAt, place, today);
        this.status = Status.SCHEDULED;
    }

    /** E3, X9: the interview took place; held after the deadline, the CPAS's failure is reported now unless it already was. */
    public Optional<InterviewOverdue> held(LocalDate heldOn, String notes, LocalDate today) {
        requireOpen();
        this.heldOn = FactDates.check("heldOn", heldOn, today, requestedOn, REQUEST);
        this.notes = notes;
        this.status = Status.HELD;
        return this.heldOn.isAfter(dueBy) ? report(today) : Optional.empty();
    }

    /** E3: reports the request once its deadline passed without the interview. */
    public Optional<InterviewOverdue> reportIfOverdue(LocalDate today) {
        boolean waiting = status == Status.REQUESTED || status == Status.SCHEDULED;
        return waiting && today.isAfter(dueBy) ? report(today) : Optional.empty();
    }

    private Optional<InterviewOverdue> report(LocalDate today) {
        if (overdueReportedOn != null) {
            return Optional.empty();
        }
        overdueReportedOn = today;
        return Optional.of(new InterviewOverdue(id, contractId, cpas, requestedOn, dueBy));
    }

    /** The contract ended: a request still waiting will not be held. */
    public boolean cancelIfWaiting() {
        if (status == Status.REQUESTED || status == Status.SCHEDULED) {
            status = Status.CANCELLED;
            return true;
        }
        return false;
    }

    /** X9: what happens about the interview (a letter, a confirmation) follows the request. */
    @Override
    public LocalDate factDate(String name, LocalDate fact, LocalDate today, EvaluationPlan plan) {
        return FactDates.check(name, fact, today, requestedOn, REQUEST);
    }

    @Override
    public void requireOpen() {
        if (status == Status.HELD || status == Status.CANCELLED) {
            throw new ConflictException("E3", Wording.of("interviewRequest.closed", Codes.of(status)));
        }
    }

    /** E3: the interview is set after the deadline. */
    public boolean lateForDeadline() {
        return appointment != null && appointment.day().isAfter(dueBy);
    }

    public boolean overdue(LocalDate today) {
        return overdueReportedOn != null || ((status == Status.REQUESTED || status == Status.SCHEDULED) && today.isAfter(dueBy));
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
    public MeetingKind meetingKind() {
        return MeetingKind.INTERVIEW;
    }

    /** Absent until the interview is scheduled. */
    @Override
    public Appointment appointment() {
        if (appointment == null) {
            throw new ConflictException("E3", Wording.of("interviewRequest.notScheduled"));
        }
        return appointment;
    }

    public Optional<Appointment> scheduled() {
        return Optional.ofNullable(appointment);
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public LocalDate dueBy() {
        return dueBy;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String notes() {
        return notes;
    }

    public LocalDate overdueReportedOn() {
        return overdueReportedOn;
    }
}
