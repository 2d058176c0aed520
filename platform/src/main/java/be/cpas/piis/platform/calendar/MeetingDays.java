package be.cpas.piis.platform.calendar;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import java.time.LocalDate;
import java.util.Locale;

/**
 * X6: a meeting with a beneficiary (an evaluation, an interview, a hearing) takes place on a
 * working day. The same check for every service that sets one, so that each refuses alike.
 */
public final class MeetingDays {

    private MeetingDays() {
    }

    /**
     * A day a social worker sets for a meeting, given as {@code field} of the request body: a day
     * in the past is bad input (400), a Saturday, Sunday or public holiday is refused by X6 (422).
     */
    public static LocalDate requireSettable(String field, LocalDate day, LocalDate today) {
        if (day.isBefore(today)) {
            throw new InvalidInputException(InputIssue.invalid("body", field, day, "is in the past: a meeting is set for a day to come"));
        }
        if (!BelgianWorkingDays.isWorkingDay(day)) {
            Wording what = BelgianWorkingDays.isPublicHoliday(day) ? Wording.of("meetingDay.publicHoliday")
                    : Wording.of("meetingDay." + day.getDayOfWeek().name().toLowerCase(Locale.ROOT));
            throw new RuleViolationException("X6", Wording.of("meetingDay.notWorking", day, what));
        }
        return day;
    }
}
