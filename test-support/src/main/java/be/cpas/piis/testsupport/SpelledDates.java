package be.cpas.piis.testsupport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a problem's detail says them to a person: "29 mars 2027", "29 maart 2027", "29. März 2027". */
public final class SpelledDates {

    private SpelledDates() {
    }

    public static String french(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
    }

    public static String dutch(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")));
    }

    public static String german(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN));
    }

    public static String french(String isoDate) {
        return french(LocalDate.parse(isoDate));
    }
}
