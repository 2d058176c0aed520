package be.cpas.piis.platform.document;

import java.io.IOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Whenever one of the 14 standard PDF fonts is used, pdfbox looks for a system font to stand in for
 * it, though writing a PDF needs only their metrics, which pdfbox ships: it scans the machine's
 * font folders, keeps a cache file in the home folder and, on a machine without fonts (a
 * container), logs a warning for each of the 14 fonts on every document. This mapper answers at
 * once with the one font pdfbox ships, which only drawing a PDF as an image would use.
 */
final class ShippedFontMapper implements FontMapper {

    private final TrueTypeFont font;

    ShippedFontMapper(byte[] trueTypeFont) throws IOException {
        this.font = new TTFParser().parse(new RandomAccessReadBuffer(trueTypeFont));
    }

    /** A deliberate stand-in, not a fallback to warn about. */
    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font, false);
    }
}
