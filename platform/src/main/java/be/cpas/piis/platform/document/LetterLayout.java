package be.cpas.piis.platform.document;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one page layout of every letter (A4), as well-formed XHTML for {@link XhtmlToPdf}: the CPAS's
 * letterhead at the top left; the recipient's name and postal address where the window of a C5/6 or
 * DL envelope with its window on the right shows it (110 mm from the left edge, 50 mm from the top,
 * as Belgian and French envelopes have it); the place and date with the references below the
 * letterhead; the title; the service's text; the signatories, kept on one page with the closing;
 * a footer with the reference and the page number. The frame's words come from
 * {@code letter-frame_<language>.properties}; the body is the service's.
 */
public final class LetterLayout {

    private static final String STYLE = """
            @page {
              size: A4;
              margin: 20mm 20mm 22mm 20mm;
              @bottom-left { content: "%s"; font-family: sans-serif; font-size: 7.5pt; color: #555555; }
              @bottom-right { content: "%s " counter(page) " / " counter(pages); font-family: sans-serif; font-size: 7.5pt; color: #555555; }
            }
            body { margin: 0; font-family: "Liberation Sans", sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1a1a1a; }
            h1, h2, th, .label, .letterhead .name { font-family: sans-serif; font-weight: bold; }
            .letterhead { position: absolute; top: 0; left: 0; width: 80mm; font-size: 9pt; }
            .letterhead .name { font-size: 12pt; color: #1f4e79; margin-bottom: 1mm; }
            .recipient { position: absolute; top: 30mm; left: 90mm; width: 85mm; height: 40mm; font-size: 10.5pt; }
            .meta { padding-top: 72mm; font-size: 9.5pt; }
            .meta .dated { margin-bottom: 2mm; }
            .meta .reference .label { font-weight: bold; }
            h1 { font-size: 15pt; margin: 7mm 0 4mm 0; color: #1f4e79; }
            h2 { font-size: 11pt; margin: 5mm 0 1mm 0; page-break-after: avoid; }
            h3 { font-family: sans-serif; font-weight: bold; font-size: 10.5pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }
            table.facts th { width: 38%%; font-weight: normal; color: #444444; }
            table.signing td { width: 50%%; height: 22mm; }
            .kept-together { page-break-inside: avoid; }
            .box { margin: 3mm 0; padding: 2mm 3mm; border: 0.8pt solid #1f4e79; background-color: #eef3f8; }
            .typed { white-space: pre-line; }
            table { width: 100%%; border-collapse: collapse; }
            th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; }
            table.grid th, table.grid td { border: 0.4pt solid #9aa9b8; }
            table.grid th { background-color: #eef3f8; }
            table.appointment { margin: 4mm 0; border: 0.8pt solid #1f4e79; background-color: #eef3f8; }
            table.appointment th { width: 25%%; padding: 2mm 3mm; }
            table.appointment td { padding: 2mm 3mm; font-size: 11.5pt; }
            table.safeguards { table-layout: fixed; font-size: 8.5pt; }
            table.safeguards .rule { width: 8%%; }
            table.safeguards .met, table.safeguards .on { width: 12%%; }
            table.safeguards .by { width: 16%%; }
            table.safeguards .evidence { width: 30%%; word-wrap: break-word; }
            .nowrap { white-space: nowrap; }
            tr, li, .ending { page-break-inside: avoid; }
            .ending { page-break-before: avoid; }
            ul { margin: 1mm 0; }
            .ending { margin-top: 6mm; }
            table.signatories { margin-top: 4mm; }
            table.signatories td { width: 50%%; padding: 0 2mm 0 0; }
            table.signatories .function { font-weight: bold; font-family: sans-serif; }
            table.signatories .name { padding-top: 14mm; }
            """;

    private LetterLayout() {
    }

    /** "Notre référence : PIIS …": the reference the recipient quotes back, labelled in {@code language}. */
    public static Letter.Reference ourReference(Language language, String value) {
        return new Letter.Reference(wordsOf(language).getString("ourReference"), value);
    }

    /** The whole page: {@code letter}'s frame around {@code body}, an XHTML fragment in the same language. */
    public static String page(Letter letter, String body) {
        ResourceBundle words = wordsOf(letter.language());
        StringBuilder page = new StringBuilder(4096 + body.length());
        page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(tagOf(letter.language())).append("\">\n")
                .append("<head>\n<meta charset=\"UTF-8\" />\n<title>").append(escaped(letter.title())).append("</title>\n<style>\n")
                .append(STYLE.formatted(cssString(letter.footer()), cssString(words.getString("page"))))
                .append("</style>\n</head>\n<body>\n");
        party(page, "letterhead", letter.sender());
        if (letter.recipient() != null) {
            party(page, "recipient", letter.recipient());
        }
        page.append("<div class=\"meta\">\n<div class=\"dated\">")
                .append(escaped(words.getString("dated").formatted(cityOf(letter.sender()),
                        DateTimeFormatter.ofPattern(words.getString("datePattern"), Locale.forLanguageTag(tagOf(letter.language())))
                                .format(letter.dated()))))
                .append("</div>\n");
        for (Letter.Reference reference : letter.references()) {
            page.append("<div class=\"reference\"><span class=\"label\">").append(escaped(reference.label())).append("</span> ")
                    .append(escaped(reference.value())).append("</div>\n");
        }
        page.append("</div>\n<h1>").append(escaped(letter.title())).append("</h1>\n")
                .append(body).append('\n');
        signatories(page, letter.signatories());
        return page.append("</body>\n</html>\n").toString();
    }

    private static void party(StringBuilder page, String role, Letter.Party party) {
        page.append("<div class=\"").append(role).append("\">\n<div class=\"name\">").append(escaped(party.name())).append("</div>\n");
        for (String line : party.addressLines()) {
            page.append("<div>").append(escaped(line)).append("</div>\n");
        }
        page.append("</div>\n");
    }

    private static void signatories(StringBuilder page, List<Letter.Signatory> signatories) {
        if (signatories.isEmpty()) {
            return;
        }
        page.append("<div class=\"ending\"><table class=\"signatories\"><tr>");
        for (Letter.Signatory signatory : signatories) {
            page.append("<td><div class=\"function\">").append(escaped(signatory.function())).append("</div>");
            // The space left for a hand signature above a name; a service's signature has no name and takes none.
            if (signatory.name() != null && !signatory.name().isBlank()) {
                page.append("<div class=\"name\">").append(escaped(signatory.name())).append("</div>");
            }
            page.append("</td>");
        }
        page.append("</tr></table></div>\n");
    }

    /** The city on the last line of the sender's address ("1000 Bruxelles" gives "Bruxelles"). */
    private static String cityOf(Letter.Party sender) {
        List<String> lines = sender.addressLines();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        return last.replaceFirst("^\\d{4}\\s+", "");
    }

    private static ResourceBundle wordsOf(Language language) {
        return ResourceBundle.getBundle("letter-frame", Locale.forLanguageTag(tagOf(language)));
    }

    static String tagOf(Language language) {
        return language.name().toLowerCase(Locale.ROOT) + "-BE";
    }

    /** XML's five special characters, so that any text stays text in the page. */
    public static String escaped(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String cssString(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
