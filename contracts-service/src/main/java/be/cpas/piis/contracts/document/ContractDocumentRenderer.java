package be.cpas.piis.contracts.document;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.XhtmlToPdf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * C9: renders the beneficiary's copy of a contract as a PDF in French, Dutch or German. The
 * template {@code templates/document/contract.html} lays the document out; the {@code doc} message
 * bundle ({@link ContractDocumentMessages}) gives its fixed texts in the language asked for; the
 * build checks both against {@link ContractDocument}.
 */
@ApplicationScoped
public class ContractDocumentRenderer {

    @CheckedTemplate(basePath = "document")
    static class Templates {
        static native TemplateInstance contract(ContractDocument contract);
    }

    private final XhtmlToPdf pdf = new XhtmlToPdf();

    public byte[] pdf(ContractDocument document, Language language) {
        String xhtml = Templates.contract(document).setLocale(Locale.forLanguageTag(DocumentLanguages.codeOf(language))).render();
        return pdf.convert(xhtml);
    }
}
