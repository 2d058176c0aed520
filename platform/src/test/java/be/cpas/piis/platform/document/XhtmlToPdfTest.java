package be.cpas.piis.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF step of every letter and of the contract document, without Quarkus. */
class XhtmlToPdfTest {

    private static final String PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Copie</title>%s
            <style>h1 { font-family: sans-serif; font-weight: bold; } body { font-family: "Liberation Sans"; }</style></head>
            <body><h1>Réflexion, Prüfung, Straße, œuvre</h1><p>Łukasz Wiśniewski, Şahin Yılmaz, Ștefan Ionescu</p></body></html>
            """;

    @Test
    void C9_accented_letters_read_back_in_fixed_texts_and_beyond_latin_1_in_peoples_names() {
        byte[] pdf = new XhtmlToPdf().convert(PAGE.formatted(""));

        assertThat(PdfText.of(pdf)).contains("Réflexion, Prüfung, Straße, œuvre", "Łukasz Wiśniewski, Şahin Yılmaz, Ștefan Ionescu");
    }

    @Test
    void X5_text_recorded_with_characters_xml_cannot_hold_still_makes_a_document() {
        String page = PAGE.formatted("").replace("Łukasz", "Łu\uFFFFkasz\u0001").replace("Şahin", "Şa\uD800hin\uFFFE");

        byte[] pdf = new XhtmlToPdf().convert(page);

        assertThat(PdfText.of(pdf)).contains("Łukasz Wiśniewski, Şahin Yılmaz");
    }

    @Test
    void C9_a_document_embeds_nothing_it_would_have_to_fetch(@TempDir Path folder) throws IOException {
        Path stylesheet = Files.writeString(folder.resolve("fetched.css"), "p::after { content: \" FETCHED\"; }");
        String page = PAGE.formatted("<link rel=\"stylesheet\" href=\"" + stylesheet.toUri() + "\" />");

        byte[] document = new XhtmlToPdf().convert(page);

        assertThat(PdfText.of(document)).doesNotContain("FETCHED");
        assertThat(PdfText.of(plainOpenHtmlToPdf(page))).as("the page names a stylesheet that would be applied").contains("FETCHED");
    }

    private static byte[] plainOpenHtmlToPdf(String page) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfRendererBuilder().withHtmlContent(page, null).toStream(pdf).run();
        return pdf.toByteArray();
    }
}
