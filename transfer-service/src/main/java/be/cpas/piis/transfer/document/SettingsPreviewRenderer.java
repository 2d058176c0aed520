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
 * X12: renders the preview of the CPAS's letters as a PDF in the language asked for, framed by the
 * platform's {@link LetterLayout} as every letter is (A4), with the decisions' two signatories.
 */
@ApplicationScoped
public class SettingsPreviewRenderer {

    @CheckedTemplate(basePath = "settings")
    static class Templates {
        static native TemplateInstance preview(SettingsPreview settings);
    }

    private final XhtmlToPdf pdf = new XhtmlToPdf();

    public byte[] pdf(SettingsPreview preview, Language language) {
        Locale locale = Locale.forLanguageTag(DocumentLanguages.tagOf(language));
        SettingsPreviewMessages words = MessageBundles.get(SettingsPreviewMessages.class,
                Localized.Literal.of(DocumentLanguages.codeOf(language)));
        Letter frame = new Letter(language, preview.letterhead(), new Letter.Party(words.recipient(), List.of(words.recipientAddress())),
                preview.issuedOn(), List.of(LetterLayout.ourReference(language, words.reference(preview.cpas()))), words.title(),
                List.of(new Letter.Signatory(words.president(), preview.president()),
                        new Letter.Signatory(words.generalDirector(), preview.generalDirector())),
                words.footer(preview.cpas()));
        return pdf.convert(LetterLayout.page(frame, Templates.preview(preview).setLocale(locale).render()));
    }
}
