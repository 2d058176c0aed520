package be.cpas.piis.platform.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What frames every letter of the platform (A4), whichever service writes it: who writes (the CPAS's
 * letterhead), to whom (name and postal address, placed for a window envelope), where and when, the
 * references the recipient quotes back, the title, and who signs. The body, the letter's own text,
 * is XHTML the service renders in the same language.
 *
 * @param recipient absent for a record kept for a tribunal rather than posted
 * @param signatories empty where the letter is signed by the CPAS alone
 */
public record Letter(Language language, Party sender, Party recipient, LocalDate dated, List<Reference> references, String title,
                     List<Signatory> signatories, String footer) {

    /** A name and the lines of its postal address, as printed. */
    public record Party(String name, List<String> addressLines) {
    }

    /** A reference printed under the date, its label already in the letter's language. */
    public record Reference(String label, String value) {
    }

    /** Who signs, with their function in the letter's language ("Le Président", "De algemeen directeur"). */
    public record Signatory(String function, String name) {
    }
}
