package be.cpas.piis.platform.time;

import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import java.time.LocalDate;

/**
 * X9: what happened outside the system carries the day it happened: today by default, earlier
 * when recorded late, never in the future nor before the step it follows.
 */
public final class FactDates {

    private FactDates() {
    }

    /**
     * {@code fact} when given, otherwise today; refused when in the future or before {@code earliest},
     * the day of {@code earliestWhat}: the wording of that step, said in the caller's language.
     */
    public static LocalDate check(String name, LocalDate fact, LocalDate today, LocalDate earliest, Wording earliestWhat) {
        LocalDate day = fact == null ? today : fact;
        if (day.isAfter(today)) {
            throw new RuleViolationException("X9", Wording.of("factDate.future", name, day));
        }
        if (earliest != null && day.isBefore(earliest)) {
            throw new RuleViolationException("X9", Wording.of("factDate.beforeStep", name, day, earliestWhat, earliest));
        }
        return day;
    }
}
