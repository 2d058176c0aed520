package be.cpas.piis.evaluation.domain;

import be.cpas.piis.platform.calendar.BelgianWorkingDays;
import be.cpas.piis.platform.calendar.MeetingDays;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
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

    /** A meeting a social worker sets: for a working day to come (X6). */
    public static Appointment setFor(LocalDate day, LocalTime startsAt, String place, LocalDate today) {
        return new Appointment(MeetingDays.requireSettable("plannedOn", day, today), startsAt, place);
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
        return reminderDueOn(day, daysBefore);
    }

    /** A2, X6: {@code daysBefore} the meeting, or the working day before when nobody works that day to send it. */
    static LocalDate reminderDueOn(LocalDate meetingDay, int daysBefore) {
        return BelgianWorkingDays.onOrPreviousWorkingDay(meetingDay.minusDays(daysBefore));
    }

    /**
     * A2: the last meeting day whose reminder is due by {@code today}. On a Friday, with reminders 3
     * days before, it is the Wednesday after: that meeting's reminder, due on the Sunday, goes out today.
     */
    public static LocalDate lastMeetingDayToRemind(LocalDate today, int daysBefore) {
        LocalDate last = today.plusDays(daysBefore);
        while (!reminderDueOn(last.plusDays(1), daysBefore).isAfter(today)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** A3: a letter for this meeting was sent on {@code sentOn}, a fact date its meeting checked (X9). */
    public void letterSent(LetterKind kind, LocalDate sentOn) {
        if (sentOn.isAfter(day)) {
            throw new ConflictException("A1", Wording.of("meeting.letterAfterMeeting", day, sentOn));
        }
        if (kind == LetterKind.CONVOCATION) {
            convocationSentOn = sentOn;
        } else {
            reminderSentOn = sentOn;
        }
    }

    /** A2: the beneficiary said on {@code confirmedOn}, a fact date its meeting checked (X9), that they will come. */
    public void confirm(LocalDate confirmedOn) {
        this.confirmedOn = confirmedOn;
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
