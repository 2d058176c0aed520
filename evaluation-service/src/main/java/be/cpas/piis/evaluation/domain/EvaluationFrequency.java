package be.cpas.piis.evaluation.domain;

import be.cpas.piis.platform.calendar.BelgianWorkingDays;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * E1: a signed contract is evaluated at least 3 times a year over its whole duration. Plans an
 * evaluation by the last day of each interval from the start (so that the first contract year holds
 * three with a 4-month interval), and the final evaluation (E6) by the contract's last day.
 *
 * <p>X6: every planned day is a working day. A day that is not one moves to the working day
 * <em>before</em> it, never after: the final evaluation cannot leave the contract, and an evaluation
 * stays within its own interval. Moving back alone could still empty a 12-month window (the window
 * after an evaluation moved back three days ends three days sooner, and may no longer hold the
 * evaluation a year later), so each evaluation also comes no later than a year after the one
 * {@value #MINIMUM_PER_YEAR} before it.
 */
public final class EvaluationFrequency {

    public static final int MINIMUM_PER_YEAR = 3;

    /** E2: of each contract-year's evaluations, at least this many meet the beneficiary in person. */
    public static final int MINIMUM_IN_PERSON_PER_YEAR = 2;

    public record PlannedDate(LocalDate plannedOn, EvaluationKind kind) {
    }

    private EvaluationFrequency() {
    }

    public static List<PlannedDate> plan(LocalDate startDate, LocalDate endDate, Period interval) {
        if (!endDate.isAfter(startDate)) {
            throw new IllegalArgumentException("A contract ends after it starts: " + startDate + " to " + endDate);
        }
        LocalDate finalDay = workingDayBy(endDate, startDate);
        List<LocalDate> regular = new ArrayList<>();
        for (int period = 1; lastDayOfPeriod(startDate, interval, period).isBefore(endDate); period++) {
            LocalDate due = lastDayOfPeriod(startDate, interval, period);
            if (regular.size() >= MINIMUM_PER_YEAR) {
                LocalDate aYearAfterThreeBefore = regular.get(regular.size() - MINIMUM_PER_YEAR).plusYears(1);
                due = due.isAfter(aYearAfterThreeBefore) ? aYearAfterThreeBefore : due;
            }
            LocalDate day = workingDayBy(due, startDate);
            // A contract ending on a weekend can bring its final evaluation back onto the last regular one's day: one meeting, the final.
            if (day.isBefore(finalDay)) {
                regular.add(day);
            }
        }
        List<PlannedDate> plan = new ArrayList<>();
        regular.forEach(day -> plan.add(new PlannedDate(day, EvaluationKind.REGULAR)));
        plan.add(new PlannedDate(finalDay, EvaluationKind.FINAL));
        requireThreeAYear(startDate, endDate, plan.stream().map(PlannedDate::plannedOn).toList());
        return List.copyOf(plan);
    }

    /**
     * X6: {@code due}, or the working day before it. A contract without a working day from its start
     * to {@code due} (one that lasts a weekend) keeps {@code due}: it has no working day to meet on.
     */
    private static LocalDate workingDayBy(LocalDate due, LocalDate startDate) {
        LocalDate day = BelgianWorkingDays.onOrPreviousWorkingDay(due);
        return day.isBefore(startDate) ? due : day;
    }

    /** Counted from the start each time, so that month ends do not drift (31 January + 1 month is 28 February). */
    private static LocalDate lastDayOfPeriod(LocalDate startDate, Period interval, int period) {
        return startDate.plus(interval.multipliedBy(period)).minusDays(1);
    }

    /**
     * C10, E1: the contract's dates changed on {@code today}. Returns the planned evaluations to
     * keep (those the new plan also holds on the same day) and the days still to come that the new
     * plan adds; every other evaluation still to come is cancelled. What already took place stays.
     */
    public static Replanning replan(LocalDate startDate, LocalDate endDate, Period interval, LocalDate today,
                                    List<PlannedDate> stillToCome) {
        List<PlannedDate> wanted = plan(startDate, endDate, interval).stream()
                .filter(date -> !date.plannedOn().isBefore(today))
                .toList();
        List<PlannedDate> kept = stillToCome.stream().filter(wanted::contains).toList();
        List<PlannedDate> cancelled = stillToCome.stream().filter(date -> !wanted.contains(date)).toList();
        List<PlannedDate> added = wanted.stream().filter(date -> !kept.contains(date)).toList();
        return new Replanning(kept, cancelled, added);
    }

    public record Replanning(List<PlannedDate> kept, List<PlannedDate> cancelled, List<PlannedDate> added) {
    }

    /** E1: an evaluation lies within the contract it evaluates. */
    public static void requireWithinContract(LocalDate startDate, LocalDate endDate, LocalDate day) {
        if (day.isBefore(startDate) || day.isAfter(endDate)) {
            throw new RuleViolationException("E1", Wording.of("evaluation.outsideContract", startDate, endDate, day));
        }
    }

    /**
     * Refuses dates that leave fewer than 3 evaluations in some 12-month window of the contract.
     * The windows that matter start on the first day and on each day after an evaluation: any
     * other window holds at least as many evaluations as one of those.
     */
    public static void requireThreeAYear(LocalDate startDate, LocalDate endDate, List<LocalDate> dates) {
        List<LocalDate> windowStarts = new ArrayList<>();
        windowStarts.add(startDate);
        dates.forEach(date -> windowStarts.add(date.plusDays(1)));
        for (LocalDate windowStart : windowStarts) {
            LocalDate windowEnd = windowStart.plusYears(1);
            if (windowEnd.isAfter(endDate.plusDays(1))) {
                continue;
            }
            long inWindow = dates.stream().filter(date -> !date.isBefore(windowStart) && date.isBefore(windowEnd)).count();
            if (inWindow < MINIMUM_PER_YEAR) {
                throw new RuleViolationException("E1",
                        Wording.of("evaluation.tooFewInAYear", inWindow, windowStart, windowEnd.minusDays(1), MINIMUM_PER_YEAR));
            }
        }
    }
}
