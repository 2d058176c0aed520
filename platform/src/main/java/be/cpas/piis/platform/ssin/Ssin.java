package be.cpas.piis.platform.ssin;

/**
 * The Belgian national number (NISS, {@code ssin} in the APIs) and BIS number (X3): birth date
 * YYMMDD, a serial, and a check = 97 - (first 9 digits mod 97), the 9 digits prefixed with "2" for
 * births from 2000 on. BIS numbers add 20 or 40 to the month; an unknown month or day is 00.
 */
public final class Ssin {

    private static final int MODULUS = 97;

    private Ssin() {
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 11 || !candidate.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int month = Integer.parseInt(candidate.substring(2, 4)) % 20;
        int bisOffset = Integer.parseInt(candidate.substring(2, 4)) / 20;
        int day = Integer.parseInt(candidate.substring(4, 6));
        if (bisOffset > 2 || month > 12 || day > 31) {
            return false;
        }
        long firstNine = Long.parseLong(candidate.substring(0, 9));
        int check = Integer.parseInt(candidate.substring(9));
        return check == checkDigits(firstNine) || check == checkDigits(2_000_000_000L + firstNine);
    }

    private static int checkDigits(long number) {
        return MODULUS - (int) (number % MODULUS);
    }
}
