package be.cpas.piis.platform.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF back as text, the way a reader's copy-paste would, to check what it shows. With
 * {@code -Dpiis.letters.keep=<directory>} every PDF read is also written there, named after the test
 * that read it, so that a person can look at the letters the tests check (as PNG pages:
 * {@code pdftoppm -png -r 60 <file>.pdf <file>}).
 */
public final class PdfText {

    private static final AtomicInteger KEPT = new AtomicInteger();

    private PdfText() {
    }

    /** The PDF's text, with runs of white space (line ends included) as one space. */
    public static String of(byte[] pdf) {
        keepForALook(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    private static void keepForALook(byte[] pdf) {
        String directory = System.getProperty("piis.letters.keep");
        if (directory == null || directory.isBlank()) {
            return;
        }
        String test = StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> frame.getMethodName().contains("_"))
                .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "." + frame.getMethodName())
                .findFirst().orElse("letter"));
        try {
            Path kept = Files.createDirectories(Path.of(directory)).resolve("%03d-%s.pdf".formatted(KEPT.incrementAndGet(), test));
            Files.write(kept, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the letter in " + directory, e);
        }
    }
}
