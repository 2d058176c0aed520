package be.cpas.piis.contracts.domain;

import be.cpas.piis.platform.calendar.BelgianWorkingDays;
import java.time.LocalDate;

/**
 * C7: the days a beneficiary has to reflect on a proposed contract before signing. Sources disagree
 * on the unit, so it is configurable; the default, 5 working days, never shortens the legal period.
 */
public record ReflectionPeriod(int length, Unit unit) {

    public enum Unit {
        WORKING_DAYS, CALENDAR_DAYS
    }

    public ReflectionPeriod {
        if (length < 1) {
            throw new IllegalArgumentException("A reflection period lasts at least one day");
        }
    }

    /** The last day of reflection after a draft handed over on {@code handedOverOn}; signing is possible the day after. */
    public LocalDate endsOn(LocalDate handedOverOn) {
        return unit == Unit.WORKING_DAYS
                ? BelgianWorkingDays.plusWorkingDays(handedOverOn, length)
                : handedOverOn.plusDays(length);
    }
}
