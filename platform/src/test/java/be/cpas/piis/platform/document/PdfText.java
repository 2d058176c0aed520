package be.cpas.piis.platform.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back as text, the way a reader's copy-paste would, to check what it shows. */
public final class PdfText {

    private PdfText() {
    }

    /** The PDF's text, with runs of white space (line ends included) as one space. */
    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }
}
