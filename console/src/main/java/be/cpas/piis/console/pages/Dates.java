package be.cpas.piis.console.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates as people write them in the page's language: "23 décembre 2026", "23 december 2026", "23. Dezember 2026"; moments in Belgian time. */
@TemplateExtension
public final class Dates {

    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private Dates() {
    }

    /** {@code {date.spelled}} in a template. */
    static String spelled(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return spelledAs(date, locale, "d. MMMM yyyy", "d MMMM yyyy");
    }

    /** {@code {date.weekday}} in a template: "lundi 29 mars", "maandag 29 maart", "Montag, 29. März". */
    static String weekday(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return spelledAs(date, locale, "EEEE, d. MMMM", "EEEE d MMMM");
    }

    /** {@code {instant.moment}} in a template: the day and the time in Belgium, "3 décembre 2026, 14:05". */
    static String moment(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ZonedDateTime inBelgium = instant.atZone(BELGIUM);
        return spelled(inBelgium.toLocalDate(), locale) + ", " + inBelgium.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    }

    private static String spelledAs(LocalDate date, Object locale, String german, String frenchOrDutch) {
        Locale language = locale instanceof Locale given ? given : Locale.FRENCH;
        return date.format(DateTimeFormatter.ofPattern(language.getLanguage().equals("de") ? german : frenchOrDutch, language));
    }
}
