package be.cpas.piis.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A4: the frame every letter shares, read back from the PDF it makes. */
class LetterLayoutTest {

    private static final String BODY = "<p>Madame, Monsieur,</p><p>Le texte de la lettre &amp; sa suite.</p>";

    static Letter letter(Language language, String title) {
        return new Letter(language,
                new Letter.Party("CPAS de Bruxelles", List.of("Rue Haute 298A", "1000 Bruxelles")),
                new Letter.Party("Ana Peeters", List.of("Rue de la Loi 16 bte 3", "1000 Bruxelles")),
                LocalDate.of(2026, 12, 1),
                List.of(new Letter.Reference("Notre référence :", "PIIS 1b06f0d1"), new Letter.Reference("Dossier :", "B-2026-42")),
                title,
                List.of(new Letter.Signatory("Le Directeur général", "Pierre Van Hoorebeke"), new Letter.Signatory("La Présidente", "Khadija Tamditi")),
                "PIIS 1b06f0d1 – Décision");
    }

    @Test
    void A4_a_letter_carries_the_letterhead_the_recipient_the_place_and_date_the_references_and_its_signatories() throws IOException {
        byte[] pdf = new XhtmlToPdf().convert(LetterLayout.page(letter(Language.FR, "Décision du Conseil"), BODY));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "letter-layout-fr.pdf"), pdf);

        assertThat(PdfText.of(pdf)).contains("CPAS de Bruxelles", "Rue Haute 298A", "Ana Peeters", "Rue de la Loi 16 bte 3",
                "Bruxelles, le 1 décembre 2026", "Notre référence : PIIS 1b06f0d1", "Décision du Conseil", "Le texte de la lettre & sa suite.",
                "Le Directeur général", "Pierre Van Hoorebeke", "La Présidente", "Khadija Tamditi", "Page 1 / 1");
    }

    @Test
    void A4_the_frame_speaks_the_letters_language() {
        assertThat(PdfText.of(new XhtmlToPdf().convert(LetterLayout.page(letter(Language.NL, "Beslissing"), "<p>Tekst</p>"))))
                .contains("Bruxelles, 1 december 2026", "Pagina 1 / 1");
        assertThat(PdfText.of(new XhtmlToPdf().convert(LetterLayout.page(letter(Language.DE, "Entscheidung"), "<p>Text</p>"))))
                .contains("Bruxelles, den 1. Dezember 2026", "Seite 1 / 1");
    }
}
