package be.cpas.piis.contracts.api;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid NISS numbers, each with a serial no other test uses, so that each test registers its own
 * person: born 30 July 1985 unless a test needs another birth date, which the number then carries (X3).
 */
final class SsinFactory {

    static final LocalDate BORN = LocalDate.of(1985, 7, 30);
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private SsinFactory() {
    }

    static String next() {
        return bornOn(BORN);
    }

    /** A NISS of a person born on {@code birthDate}: the check of a birth from 2000 on is computed with a leading 2. */
    static String bornOn(LocalDate birthDate) {
        String firstNine = "%02d%02d%02d%03d".formatted(birthDate.getYear() % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth(),
                SERIAL.getAndIncrement());
        long checked = Long.parseLong(firstNine) + (birthDate.getYear() >= 2000 ? 2_000_000_000L : 0);
        return firstNine + "%02d".formatted(97 - checked % 97);
    }
}
