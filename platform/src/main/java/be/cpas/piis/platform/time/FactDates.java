package be.cpas.piis.platform.time;

import be.cpas.piis.platform.problem.RuleViolationException;
import java.time.LocalDate;

/**
 * X9: what happened outside the system carries the day it happened: today by default, earlier
 * when recorded late, never in the future nor before the step it follows.
 */
public final class FactDates {

    private FactDates() {
    }

    /** {@code fact} when given, otherwise today; refused when in the future or before {@code earliest}. */
    public static LocalDate check(String name, LocalDate fact, LocalDate today, LocalDate earliest, String earliestWhat) {
        LocalDate day = fact == null ? today : fact;
        if (day.isAfter(today)) {
            throw new RuleViolationException("X9", name + " " + day + " is in the future");
        }
        if (earliest != null && day.isBefore(earliest)) {
            throw new RuleViolationException("X9", name + " " + day + " is before " + earliestWhat + " (" + earliest + ")");
        }
        return day;
    }
}
