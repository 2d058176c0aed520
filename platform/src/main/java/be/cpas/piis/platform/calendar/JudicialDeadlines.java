package be.cpas.piis.platform.calendar;

import java.time.LocalDate;

/**
 * Periods as the Judicial Code counts them, for the appeal against a decision (S8).
 *
 * <ul>
 *   <li>art. 53bis: a registered letter counts as received on the third working day after it was posted;</li>
 *   <li>art. 52: a period runs from the day after the event;</li>
 *   <li>art. 54: a period in months runs "de quantième à veille de quantième", so that it ends on
 *       the same day of the month as the event, or on the month's last day where that day does not exist;</li>
 *   <li>art. 53: a last day that is a Saturday, Sunday or public holiday moves to the next working day.</li>
 * </ul>
 */
public final class JudicialDeadlines {

    private static final int WORKING_DAYS_FOR_A_REGISTERED_LETTER = 3;

    private JudicialDeadlines() {
    }

    /** art. 53bis: the day a registered letter posted on {@code postedOn} counts as received. */
    public static LocalDate receivedOn(LocalDate postedOn) {
        return BelgianWorkingDays.plusWorkingDays(postedOn, WORKING_DAYS_FOR_A_REGISTERED_LETTER);
    }

    /** art. 52-54: the last day of a period of {@code months} months that starts with the event of {@code eventOn}. */
    public static LocalDate lastDayOfMonths(LocalDate eventOn, int months) {
        return BelgianWorkingDays.onOrNextWorkingDay(eventOn.plusMonths(months));
    }
}
