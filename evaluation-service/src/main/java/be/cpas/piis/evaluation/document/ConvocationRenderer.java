package be.cpas.piis.evaluation.document;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.XhtmlToPdf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * A1, A2: renders a convocation or its reminder as a PDF in French, Dutch or German. The template
 * {@code templates/convocation/letter.html} lays the letter out; the {@code conv} message bundle
 * ({@link ConvocationMessages}) gives its fixed texts in the language asked for.
 */
@ApplicationScoped
public class ConvocationRenderer {

    @CheckedTemplate(basePath = "convocation")
    static class Templates {
        static native TemplateInstance letter(ConvocationLetter letter, Locale locale);
    }

    private final XhtmlToPdf pdf = new XhtmlToPdf();

    public byte[] pdf(ConvocationLetter letter, Language language) {
        Locale locale = Locale.forLanguageTag(DocumentLanguages.tagOf(language));
        String xhtml = Templates.letter(letter, locale).setLocale(locale).render();
        return pdf.convert(xhtml);
    }
}
