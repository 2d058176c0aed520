package be.cpas.piis.platform.document;

import be.cpas.piis.platform.text.CarriedText;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * Turns a well-formed XHTML page into PDF bytes, with no framework around it.
 *
 * <p>People's names and what social workers type go beyond Latin-1 (Łukasz, Şahin, Ștefan), where
 * the PDF standard fonts stop: such text is set in Liberation Sans, the font pdfbox ships, embedded
 * in the PDF. A stylesheet names it {@value #TEXT_FONT}; the standard {@code sans-serif} (Helvetica)
 * remains for fixed texts, in bold too.
 *
 * <p>pdfbox is told to use that font wherever it would look for a stand-in of a standard font
 * ({@link ShippedFontMapper}), so that it never scans the machine's fonts.
 *
 * <p>Nothing is fetched: every URI a page might name (stylesheet, image, font) is refused, so that
 * a document never depends on the network nor on a file beside the service.
 */
public final class XhtmlToPdf {

    /** The font family of text that may hold any Latin letter, as stylesheets name it. */
    private static final String TEXT_FONT = "Liberation Sans";

    private static final String TEXT_FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] TEXT_FONT_FILE = readTextFont();

    static {
        OpenHtmlToPdfLogging.install();
        try {
            FontMappers.set(new ShippedFontMapper(TEXT_FONT_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("The text font of documents is unreadable", e);
        }
    }

    /**
     * The PDF of {@code xhtml}; its {@code <title>} becomes the PDF's title. Characters XML cannot
     * hold are left out: text recorded before they were refused at the door still makes a letter.
     */
    public byte[] convert(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(CarriedText.withoutUncarried(xhtml), null)
                .useFont(() -> new ByteArrayInputStream(TEXT_FONT_FILE), TEXT_FONT)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("PIIS")
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
        return pdf.toByteArray();
    }

    private static byte[] readTextFont() {
        try (InputStream font = XhtmlToPdf.class.getResourceAsStream(TEXT_FONT_RESOURCE)) {
            if (font == null) {
                throw new IllegalStateException("pdfbox no longer ships " + TEXT_FONT_RESOURCE + ": documents need another text font");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The text font of documents is unreadable", e);
        }
    }
}
