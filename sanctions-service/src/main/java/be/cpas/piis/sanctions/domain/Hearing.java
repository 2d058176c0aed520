package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.calendar.MeetingDays;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * S4, A1: the hearing the beneficiary asked for: when and where the Council hears them, and what
 * was said. Once asked, no decision before it is recorded.
 */
@Embeddable
public class Hearing {

    @Column(name = "hearing_requested_on")
    private LocalDate requestedOn;

    @Column(name = "hearing_planned_on")
    private LocalDate plannedOn;

    @Column(name = "hearing_starts_at")
    private LocalTime startsAt;

    @Column(name = "hearing_place")
    private String place;

    @Column(name = "hearing_held_on")
    private LocalDate heldOn;

    @Column(name = "hearing_present")
    private Boolean present;

    @Column(name = "hearing_assisted_by")
    private String assistedBy;

    @Column(name = "hearing_summary")
    private String summary;

    @Column(name = "hearing_recorded_by")
    private String recordedBy;

    protected Hearing() {
    }

    private Hearing(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    /** S4, X9: asked on {@code on}, not before {@code earliest}, the breach. */
    static Hearing requested(LocalDate on, LocalDate today, LocalDate earliest) {
        return new Hearing(FactDates.check("requestedOn", on, today, earliest, Wording.of("step.breach")));
    }

    /** A1, X6: a working day to come, a time and a place, while the hearing is still to be held. */
    void planned(LocalDate day, LocalTime time, String where, LocalDate today) {
        requireNotHeld();
        this.plannedOn = MeetingDays.requireSettable("plannedOn", day, today);
        this.startsAt = time;
        this.place = where;
    }

    /** A1: the hearing can be convoked once it has a day, a time and a place. */
    void requirePlanned() {
        if (plannedOn == null) {
            throw new ConflictException("A1", Wording.of("hearing.notPlanned"));
        }
        requireNotHeld();
    }

    /** S4, X9: the hearing took place on {@code on}, not before it was asked. */
    void held(LocalDate on, boolean came, String assistant, String said, String by, LocalDate today) {
        if (heldOn != null) {
            throw new ConflictException("S4", Wording.of("hearing.alreadyRecorded", heldOn));
        }
        this.heldOn = FactDates.check("heldOn", on, today, requestedOn, Wording.of("step.hearingRequest"));
        this.present = came;
        this.assistedBy = assistant;
        this.summary = said;
        this.recordedBy = by;
    }

    /** S4: no decision while the hearing asked for is not recorded. */
    void requireHeld() {
        if (heldOn == null) {
            throw new RuleViolationException("S4", Wording.of("decision.beforeHearing", requestedOn));
        }
    }

    private void requireNotHeld() {
        if (heldOn != null) {
            throw new ConflictException("S4", Wording.of("hearing.alreadyHeld", heldOn));
        }
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public String place() {
        return place;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Boolean present() {
        return present;
    }

    public String assistedBy() {
        return assistedBy;
    }

    public String summary() {
        return summary;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
