package be.cpas.piis.platform.ssin;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The Belgian national number (NISS, {@code ssin} in the APIs) and BIS number (X3): birth date
 * YYMMDD, a serial, and a check = 97 - (first 9 digits mod 97), the 9 digits prefixed with "2" for
 * births from 2000 on. BIS numbers add 20 or 40 to the month; an unknown month or day is 00.
 */
public final class Ssin {

    private static final int MODULUS = 97;
    private static final long BORN_FROM_2000 = 2_000_000_000L;

    private Ssin() {
    }

    /**
     * What a number says of its holder's birth: the year always, in the century its check digits
     * give; the month and the day where they are known (not 00).
     */
    public record BirthDate(int year, OptionalInt month, OptionalInt day) {

        /** True when {@code date} agrees with every part the number knows. */
        public boolean agreesWith(LocalDate date) {
            return date.getYear() == year
                    && (month.isEmpty() || date.getMonthValue() == month.getAsInt())
                    && (day.isEmpty() || date.getDayOfMonth() == day.getAsInt());
        }
    }

    public static boolean isValid(String candidate) {
        return century(candidate).isPresent();
    }

    /** The birth date a valid number carries; an invalid number carries none. */
    public static BirthDate birthDate(String ssin) {
        int century = century(ssin).orElseThrow(() -> new IllegalArgumentException("Not a valid NISS or BIS number"));
        int month = Integer.parseInt(ssin.substring(2, 4)) % 20;
        int day = Integer.parseInt(ssin.substring(4, 6));
        return new BirthDate(century + Integer.parseInt(ssin.substring(0, 2)),
                month == 0 ? OptionalInt.empty() : OptionalInt.of(month),
                day == 0 ? OptionalInt.empty() : OptionalInt.of(day));
    }

    /**
     * 1900 or 2000, the century whose check the number passes (only one can, as 2,000,000,000 is no
     * multiple of 97); empty when it is no valid number. Digits are ASCII only: {@link Character#isDigit}
     * would let full-width or Arabic-Indic digits spell the same person a second way.
     */
    private static OptionalInt century(String candidate) {
        if (candidate == null || candidate.length() != 11 || !candidate.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int monthField = Integer.parseInt(candidate.substring(2, 4));
        int day = Integer.parseInt(candidate.substring(4, 6));
        if (monthField / 20 > 2 || monthField % 20 > 12 || day > 31) {
            return OptionalInt.empty();
        }
        long firstNine = Long.parseLong(candidate.substring(0, 9));
        int check = Integer.parseInt(candidate.substring(9));
        if (check == checkDigits(firstNine)) {
            return OptionalInt.of(1900);
        }
        return check == checkDigits(BORN_FROM_2000 + firstNine) ? OptionalInt.of(2000) : OptionalInt.empty();
    }

    private static int checkDigits(long number) {
        return MODULUS - (int) (number % MODULUS);
    }
}
