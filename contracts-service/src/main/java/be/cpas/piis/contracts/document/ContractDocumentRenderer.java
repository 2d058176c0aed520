package be.cpas.piis.contracts.document;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.Letter;
import be.cpas.piis.platform.document.LetterLayout;
import be.cpas.piis.platform.document.XhtmlToPdf;
import be.cpas.piis.platform.recipients.LetterRecipients;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * C9: renders the beneficiary's copy of a contract as a PDF in French, Dutch or German. The
 * template {@code templates/document/contract.html} writes the contract, the platform's
 * {@link LetterLayout} frames it (A4); the {@code doc} message bundle ({@link ContractDocumentMessages})
 * gives its fixed texts in the language asked for; the build checks both against {@link ContractDocument}.
 */
@ApplicationScoped
public class ContractDocumentRenderer {

    @CheckedTemplate(basePath = "document")
    static class Templates {
        static native TemplateInstance contract(ContractDocument contract, String cpasName);
    }

    private final XhtmlToPdf pdf = new XhtmlToPdf();

    /**
     * The copy from the CPAS of {@code letterhead}. It names the beneficiary at their recorded address,
     * in the envelope's window; a copy is also handed over across the desk (C9), so while no address
     * is recorded it names the beneficiary alone rather than being refused.
     */
    public byte[] pdf(ContractDocument document, Language language, Letter.Party letterhead) {
        Locale locale = Locale.forLanguageTag(DocumentLanguages.tagOf(language));
        ContractDocumentMessages words = MessageBundles.get(ContractDocumentMessages.class,
                Localized.Literal.of(DocumentLanguages.codeOf(language)));
        ContractDocument.Person beneficiary = document.beneficiary();
        Letter.Party recipient = new Letter.Party(beneficiary.fullName(),
                beneficiary.address() == null ? List.of() : LetterRecipients.addressLines(beneficiary.address()));
        Letter frame = new Letter(language, letterhead, recipient, document.issuedOn(),
                List.of(LetterLayout.ourReference(language, words.reference(document.contractId()))), words.documentTitle(),
                List.of(), words.footer(document.contractId(), document.version()));
        String body = Templates.contract(document, letterhead.name()).setLocale(locale).render();
        return pdf.convert(LetterLayout.page(frame, body));
    }
}
