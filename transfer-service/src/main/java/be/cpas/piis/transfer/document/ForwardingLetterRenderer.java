package be.cpas.piis.transfer.document;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.XhtmlToPdf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** T6: renders the forwarding letter as a PDF in the beneficiary's language. */
@ApplicationScoped
public class ForwardingLetterRenderer {

    @CheckedTemplate(basePath = "forwarding")
    static class Templates {
        static native TemplateInstance letter(ForwardingLetter letter, Locale locale);
    }

    private final XhtmlToPdf pdf = new XhtmlToPdf();

    public byte[] pdf(ForwardingLetter letter, Language language) {
        Locale locale = Locale.forLanguageTag(DocumentLanguages.tagOf(language));
        return pdf.convert(Templates.letter(letter, locale).setLocale(locale).render());
    }
}
