package be.cpas.piis.transfer.document;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.Letter;
import be.cpas.piis.platform.document.LetterLayout;
import be.cpas.piis.platform.document.XhtmlToPdf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * T6: renders the forwarding letter as a PDF in the beneficiary's language: the template
 * {@code templates/forwarding/letter.html} writes its text, the platform's {@link LetterLayout}
 * frames it (A4); the {@code fwd} message bundle ({@link ForwardingMessages}) gives its fixed texts.
 */
@ApplicationScoped
public class ForwardingLetterRenderer {

    @CheckedTemplate(basePath = "forwarding")
    static class Templates {
        static native TemplateInstance letter(ForwardingLetter letter, Locale locale);
    }

    private final XhtmlToPdf pdf = new XhtmlToPdf();

    public byte[] pdf(ForwardingLetter letter, Language language) {
        Locale locale = Locale.forLanguageTag(DocumentLanguages.tagOf(language));
        ForwardingMessages words = MessageBundles.get(ForwardingMessages.class, Localized.Literal.of(DocumentLanguages.codeOf(language)));
        Letter frame = new Letter(language, letter.writer(), letter.beneficiary(), letter.issuedOn(),
                List.of(LetterLayout.ourReference(language, words.reference(letter.transferId()))), words.title(),
                List.of(new Letter.Signatory(words.signature(letter.writer().name()), "")), words.footer(letter.transferId()));
        return pdf.convert(LetterLayout.page(frame, Templates.letter(letter, locale).setLocale(locale).render()));
    }
}
