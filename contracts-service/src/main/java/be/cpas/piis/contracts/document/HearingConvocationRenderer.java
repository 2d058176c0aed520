package be.cpas.piis.contracts.document;

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
 * C8, A1: renders the convocation to a hearing before the Council as a PDF in French, Dutch or
 * German. The template {@code templates/hearing/convocation.html} writes the letter's text, the
 * platform's {@link LetterLayout} frames it (A4); the {@code hear} message bundle
 * ({@link HearingConvocationMessages}) gives its fixed texts.
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
        HearingConvocationMessages words = wordsOf(language);
        Letter frame = new Letter(language, letter.cpas(), letter.beneficiary(), letter.issuedOn(),
                List.of(LetterLayout.ourReference(language, words.reference(letter.contractId()))), words.title(),
                List.of(new Letter.Signatory(words.signature(), "")), words.footer(letter.contractId()));
        return pdf.convert(LetterLayout.page(frame, Templates.convocation(letter, locale).setLocale(locale).render()));
    }

    /** What the beneficiary's calendar calls the hearing: the letter's title and the CPAS, in {@code language}. */
    public String calendarSummary(Language language, String cpasName) {
        return wordsOf(language).title() + " – " + cpasName;
    }

    private static HearingConvocationMessages wordsOf(Language language) {
        return MessageBundles.get(HearingConvocationMessages.class, Localized.Literal.of(DocumentLanguages.codeOf(language)));
    }
}
