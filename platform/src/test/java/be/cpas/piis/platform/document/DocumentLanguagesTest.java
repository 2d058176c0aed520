package be.cpas.piis.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentLanguagesTest {

    @Test
    void a_query_names_a_language_by_its_code_only() {
        assertThat(DocumentLanguages.ofCode("nl")).contains(Language.NL);
        assertThat(DocumentLanguages.ofCode("NL")).isEmpty();
        assertThat(DocumentLanguages.ofCode("xx")).isEmpty();
        assertThat(DocumentLanguages.tagOf(Language.DE)).isEqualTo("de-BE");
    }

    @Test
    void accept_language_gives_the_preferred_language_among_ours() {
        assertThat(DocumentLanguages.fromAcceptLanguage("nl-BE")).contains(Language.NL);
        assertThat(DocumentLanguages.fromAcceptLanguage("en-GB, de;q=0.3, fr-BE;q=0.7")).contains(Language.FR);
        assertThat(DocumentLanguages.fromAcceptLanguage("fr-BE;q=0, nl-NL;q=0.2")).contains(Language.NL);
        assertThat(DocumentLanguages.fromAcceptLanguage("en, *")).isEmpty();
        assertThat(DocumentLanguages.fromAcceptLanguage("fr-BE;q=high")).isEmpty();
        assertThat(DocumentLanguages.fromAcceptLanguage(null)).isEmpty();
    }
}
