package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * S6: how long and from when the RIS may be suspended. At most 1 month; at most 3 months when the
 * beneficiary had a sanction decided within the 12 months before the new breach (recidivism). The
 * suspension starts after the decision is notified and no later than the first day of the third
 * month after the decision.
 */
public final class SanctionRules {

    public static final int MONTHS_AT_MOST = 1;
    public static final int MONTHS_AT_MOST_FOR_RECIDIVISM = 3;
    public static final Period RECIDIVISM_WINDOW = Period.ofYears(1);

    private SanctionRules() {
    }

    /** The longest suspension the Council may decide. */
    public static int capMonths(boolean recidivism) {
        return recidivism ? MONTHS_AT_MOST_FOR_RECIDIVISM : MONTHS_AT_MOST;
    }

    /** The last day on which a suspension decided on {@code decidedOn} may start: the first day of the third month after it. */
    public static LocalDate latestStart(LocalDate decidedOn) {
        return decidedOn.withDayOfMonth(1).plusMonths(3);
    }

    /** The last day of a suspension of {@code length} from {@code startsOn}, refused beyond {@code capMonths}. */
    public static LocalDate endOf(LocalDate startsOn, Period length, int capMonths) {
        if (length.isNegative() || length.isZero()) {
            throw new RuleViolationException("S6", Wording.of("suspension.noTime", length));
        }
        LocalDate endsOn = startsOn.plus(length).minusDays(1);
        LocalDate latestEnd = startsOn.plusMonths(capMonths).minusDays(1);
        if (endsOn.isAfter(latestEnd)) {
            throw new RuleViolationException("S6", Wording.of(capMonths == MONTHS_AT_MOST ? "suspension.beyondCap" : "suspension.beyondRecidivismCap",
                    capMonths, length, startsOn, endsOn, latestEnd));
        }
        return endsOn;
    }

    /** S6: the start lies after {@code notBefore} (the decision, later its notification) and by {@link #latestStart}. */
    public static void requireStart(LocalDate startsOn, LocalDate notBefore, Wording notBeforeWhat, LocalDate decidedOn) {
        if (!startsOn.isAfter(notBefore)) {
            throw new RuleViolationException("S6", Wording.of("suspension.startTooEarly", notBeforeWhat, notBefore, startsOn));
        }
        if (startsOn.isAfter(latestStart(decidedOn))) {
            throw new RuleViolationException("S6", Wording.of("suspension.startTooLate", decidedOn, latestStart(decidedOn), startsOn));
        }
    }

    /** S6: a partial suspension says how much, by a percentage or by an amount; a total one neither. */
    public static void requireExtent(Scope scope, Integer percentage, BigDecimal amount) {
        boolean byPercentage = percentage != null;
        boolean byAmount = amount != null;
        if (scope == Scope.TOTAL && (byPercentage || byAmount)) {
            throw new RuleViolationException("S6", Wording.of("suspension.totalWithExtent"));
        }
        if (scope == Scope.PARTIAL && byPercentage == byAmount) {
            throw new RuleViolationException("S6", Wording.of("suspension.partialExtent"));
        }
        if (byPercentage && (percentage < 1 || percentage > 99)) {
            throw new RuleViolationException("S6", Wording.of("suspension.percentage", percentage));
        }
        if (byAmount && amount.signum() <= 0) {
            throw new RuleViolationException("S6", Wording.of("suspension.amount", amount));
        }
    }
}
