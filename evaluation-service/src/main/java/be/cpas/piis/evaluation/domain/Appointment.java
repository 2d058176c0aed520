package be.cpas.piis.evaluation.domain;

import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting with the beneficiary (an evaluation or a requested interview): its day, time and place
 * for the convocation (A1), and what became of its letters and of the beneficiary's confirmation (A2).
 * A new day, time or place calls for a new convocation, so it forgets the letters sent for the old one.
 */
@Embeddable
public class Appointment {

    @Column(name = "planned_on")
    private LocalDate day;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "place", length = 300)
    private String place;

    @Column(name = "convocation_sent_on")
    private LocalDate convocationSentOn;

    @Column(name = "reminder_sent_on")
    private LocalDate reminderSentOn;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    protected Appointment() {
    }

    public Appointment(LocalDate day, LocalTime startsAt, String place) {
        this.day = day;
        this.startsAt = startsAt;
        this.place = place;
    }

    /** A meeting a social worker sets: for a day to come. */
    public static Appointment setFor(LocalDate day, LocalTime startsAt, String place, LocalDate today) {
        if (day.isBefore(today)) {
            throw new InvalidInputException(InputIssue.invalid("body", "plannedOn", day, "is in the past: a meeting is set for a day to come"));
        }
        return new Appointment(day, startsAt, place);
    }

    /** The same meeting elsewhere or at another time, a day to come: the letters sent and the confirmation were for the old one. */
    public Appointment movedTo(LocalDate newDay, LocalTime newStartsAt, String newPlace, LocalDate today) {
        Appointment moved = setFor(newDay, newStartsAt, newPlace, today);
        if (moved.sameMeetingAs(this)) {
            moved.convocationSentOn = convocationSentOn;
            moved.reminderSentOn = reminderSentOn;
            moved.confirmedOn = confirmedOn;
        }
        return moved;
    }

    private boolean sameMeetingAs(Appointment other) {
        return day.equals(other.day) && Objects.equals(startsAt, other.startsAt) && Objects.equals(place, other.place);
    }

    /** When and where the meeting takes place, as the audit trail keeps it. */
    public record When(LocalDate day, LocalTime startsAt, String place) {
    }

    public When when() {
        return new When(day, startsAt, place);
    }

    /** A2: the day the reminder should go out, {@code daysBefore} the meeting. */
    public LocalDate reminderDueOn(int daysBefore) {
        return day.minusDays(daysBefore);
    }

    /** A3, X9: a letter for this meeting was sent on {@code sentOn}. */
    public void letterSent(LetterKind kind, LocalDate sentOn, LocalDate today) {
        FactDates.check("sentOn", sentOn, today, null, null);
        if (sentOn.isAfter(day)) {
            throw new ConflictException("A1", "A letter for the meeting of " + day + " is sent before it, not on " + sentOn);
        }
        if (kind == LetterKind.CONVOCATION) {
            convocationSentOn = sentOn;
        } else {
            reminderSentOn = sentOn;
        }
    }

    /** A2: the beneficiary said they will come. */
    public void confirm(LocalDate confirmedOn, LocalDate today) {
        this.confirmedOn = FactDates.check("confirmedOn", confirmedOn, today, null, null);
    }

    public LocalDate day() {
        return day;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public String place() {
        return place;
    }

    public Optional<LocalDate> convocationSentOn() {
        return Optional.ofNullable(convocationSentOn);
    }

    public Optional<LocalDate> reminderSentOn() {
        return Optional.ofNullable(reminderSentOn);
    }

    public Optional<LocalDate> confirmedOn() {
        return Optional.ofNullable(confirmedOn);
    }
}
