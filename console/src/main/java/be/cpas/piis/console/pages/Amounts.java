package be.cpas.piis.console.pages;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in euros as each language of the pages writes them: "12,50" in French, Dutch and German alike. */
@TemplateExtension
public final class Amounts {

    private Amounts() {
    }

    /** {@code {amount.euros}} in a template. */
    static String euros(BigDecimal amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale instanceof Locale given ? given : Locale.FRENCH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
