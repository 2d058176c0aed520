package be.cpas.piis.platform.time;

import java.time.LocalDate;

/**
 * The days the platform reasons about: 1900-01-01 to 2199-12-31. A birth, a RIS decision or a
 * contract's end beyond them is a typing error, and the deadline arithmetic, the database and the
 * documents are only sure to hold dates inside them; a date outside is refused as bad input.
 */
public final class SupportedDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);
    public static final String REFUSAL = "is not between " + FIRST + " and " + LAST;

    private SupportedDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
