package be.cpas.piis.evaluation.document;

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
 * A1, A2: renders a convocation or its reminder as a PDF in French, Dutch or German. The template
 * {@code templates/convocation/letter.html} writes the letter's text, the platform's
 * {@link LetterLayout} frames it (A4); the {@code conv} message bundle ({@link ConvocationMessages})
 * gives the fixed texts of both in the language asked for.
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
        ConvocationMessages words = MessageBundles.get(ConvocationMessages.class, Localized.Literal.of(DocumentLanguages.codeOf(language)));
        Letter frame = new Letter(language, letter.cpas(), letter.beneficiary(), letter.issuedOn(),
                List.of(LetterLayout.ourReference(language, words.reference(letter.contractId()))),
                letter.reminder() ? words.reminderTitle() : words.convocationTitle(),
                List.of(new Letter.Signatory(words.signature(letter.cpas().name()), letter.socialWorker() == null ? "" : letter.socialWorker())),
                words.footer(letter.meetingId()));
        return pdf.convert(LetterLayout.page(frame, Templates.letter(letter, locale).setLocale(locale).render()));
    }
}
