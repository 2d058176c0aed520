package be.cpas.piis.sanctions.document;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.XhtmlToPdf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * S2, S6-S8: renders the formal notice, the decision letter and the compliance record as PDFs in
 * French, Dutch or German. The templates in {@code templates/sanctionLetters/} lay them out on a
 * shared page; the {@code sanction} message bundle ({@link SanctionMessages}) gives their fixed
 * texts in the language asked for.
 */
@ApplicationScoped
public class SanctionLetterRenderer {

    @CheckedTemplate(basePath = "sanctionLetters")
    static class Templates {
        static native TemplateInstance formalNotice(FormalNoticeLetter letter, Locale locale);

        static native TemplateInstance decision(DecisionLetter letter, Locale locale);

        static native TemplateInstance complianceRecord(ComplianceRecord record);

        static native TemplateInstance hearingConvocation(HearingConvocation letter, Locale locale);
    }

    private final XhtmlToPdf pdf = new XhtmlToPdf();

    public byte[] formalNotice(FormalNoticeLetter letter, Language language) {
        Locale locale = localeOf(language);
        return pdf(Templates.formalNotice(letter, locale), locale);
    }

    public byte[] decision(DecisionLetter letter, Language language) {
        Locale locale = localeOf(language);
        return pdf(Templates.decision(letter, locale), locale);
    }

    public byte[] hearingConvocation(HearingConvocation letter, Language language) {
        Locale locale = localeOf(language);
        return pdf(Templates.hearingConvocation(letter, locale), locale);
    }

    public byte[] complianceRecord(ComplianceRecord record, Language language) {
        return pdf(Templates.complianceRecord(record), localeOf(language));
    }

    private byte[] pdf(TemplateInstance document, Locale locale) {
        return pdf.convert(document.setLocale(locale).render());
    }

    private static Locale localeOf(Language language) {
        return Locale.forLanguageTag(DocumentLanguages.tagOf(language));
    }
}
