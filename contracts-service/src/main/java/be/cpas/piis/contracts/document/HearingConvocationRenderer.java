package be.cpas.piis.contracts.document;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.XhtmlToPdf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * C8, A1: renders the convocation to a hearing before the Council as a PDF in French, Dutch or
 * German. The template {@code templates/hearing/convocation.html} lays the letter out; the
 * {@code hear} message bundle ({@link HearingConvocationMessages}) gives its fixed texts.
 */
@ApplicationScoped
public class HearingConvocationRenderer {

    @CheckedTemplate(basePath = "hearing")
    static class Templates {
        static native TemplateInstance convocation(HearingConvocation letter, Locale locale);
    }

    private final XhtmlToPdf pdf = new XhtmlToPdf();

    public byte[] pdf(HearingConvocation letter, Language language) {
        Locale locale = Locale.forLanguageTag(DocumentLanguages.tagOf(language));
        String xhtml = Templates.convocation(letter, locale).setLocale(locale).render();
        return pdf.convert(xhtml);
    }
}
