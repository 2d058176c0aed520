package be.cpas.piis.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WordingTest {

    private static final Wording BEFORE_THE_SIGNATURE = Wording.of("factDate.beforeStep", "signedOn", LocalDate.of(2026, 11, 30),
            Wording.of("resource.contract"), LocalDate.of(2026, 12, 1));

    @Test
    void a_wording_is_said_in_the_language_asked_with_its_values_its_dates_and_the_wordings_it_names() {
        assertThat(BEFORE_THE_SIGNATURE.in(Language.FR)).isEqualTo("signedOn 30 novembre 2026 précède Contrat (1 décembre 2026)");
        assertThat(BEFORE_THE_SIGNATURE.in(Language.NL)).isEqualTo("signedOn 30 november 2026 valt vóór Contract (1 december 2026)");
        assertThat(BEFORE_THE_SIGNATURE.in(Language.DE)).isEqualTo("signedOn 30. November 2026 liegt vor Vertrag (1. Dezember 2026)");
    }

    @Test
    void a_value_may_repeat_and_an_apostrophe_or_a_dollar_is_said_as_it_is() {
        assertThat(Wording.of("settings.missing", "21004", "names.nl").in(Language.FR))
                .isEqualTo("Le CPAS 21004 n'a pas le paramètre names.nl : son CPAS_ADMIN le tient à jour avec PUT /piis/v1/cpas/21004/settings");
        assertThat(Wording.of("quoted", "$1 \\ {0}").in(Language.NL)).isEqualTo("$1 \\ {0}");
    }

    @Test
    void a_list_of_values_is_said_item_by_item() {
        assertThat(Wording.of("quoted", java.util.List.of(Wording.of("resource.contract"), Wording.of("resource.step"))).in(Language.NL))
                .isEqualTo("Contract, Stap");
    }

    @Test
    void a_key_no_catalogue_holds_is_said_as_the_key_rather_than_fail_the_answer() {
        assertThat(Wording.of("no.such.key", 3).in(Language.DE)).isEqualTo("no.such.key [3]");
    }

    @Test
    void messages_are_in_the_preferred_of_our_languages_and_in_french_otherwise() {
        assertThat(DocumentLanguages.forMessages("nl-BE,nl;q=0.9")).isEqualTo(Language.NL);
        assertThat(DocumentLanguages.forMessages("en-GB, de;q=0.5")).isEqualTo(Language.DE);
        assertThat(DocumentLanguages.forMessages("en-GB")).isEqualTo(Language.FR);
        assertThat(DocumentLanguages.forMessages(";;;")).isEqualTo(Language.FR);
        assertThat(DocumentLanguages.forMessages(null)).isEqualTo(Language.FR);
    }
}
