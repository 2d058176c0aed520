package be.cpas.piis.console.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people write them in the page's language: "23 décembre 2026", "23 december 2026", "23. Dezember 2026". */
@TemplateExtension
public final class Dates {

    private Dates() {
    }

    /** {@code {date.spelled}} in a template. */
    static String spelled(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale given ? given : Locale.FRENCH;
        String pattern = language.getLanguage().equals("de") ? "d. MMMM yyyy" : "d MMMM yyyy";
        return date.format(DateTimeFormatter.ofPattern(pattern, language));
    }
}
