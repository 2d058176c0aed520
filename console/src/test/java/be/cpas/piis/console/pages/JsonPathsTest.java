package be.cpas.piis.console.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

    @Test
    void X12_the_fields_typed_become_the_settings_body_without_the_blank_ones_and_the_empty_rows() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("names.fr", " CPAS de Bruxelles ");
        typed.put("names.nl", "");
        typed.put("addresses.fr.street", "Rue Haute 298A");
        typed.put("meetingPlaces[0].code", "main");
        typed.put("meetingPlaces[0].names.fr", "Accueil social");
        typed.put("meetingPlaces[1].code", "");
        typed.put("meetingPlaces[2].code", "annex");
        typed.put("labourTribunals.nl.name", "");
        typed.put("not a path", "ignored");

        assertThat(JsonPaths.body(typed)).isEqualTo(Map.of(
                "names", Map.of("fr", "CPAS de Bruxelles"),
                "addresses", Map.of("fr", Map.of("street", "Rue Haute 298A")),
                "meetingPlaces", List.of(Map.of("code", "main", "names", Map.of("fr", "Accueil social")), Map.of("code", "annex"))));
    }

    @Test
    void X12_the_settings_answered_are_read_by_the_places_the_form_names_them_with() throws Exception {
        var document = new ObjectMapper().readTree("""
                {"version":3,"names":{"fr":"CPAS de Liège","nl":null},
                 "meetingPlaces":[{"code":"main","addresses":{"fr":{"postalCode":"4000"}}}]}
                """);

        assertThat(JsonPaths.values(document)).containsExactly(Map.entry("version", "3"), Map.entry("names.fr", "CPAS de Liège"),
                Map.entry("meetingPlaces[0].code", "main"), Map.entry("meetingPlaces[0].addresses.fr.postalCode", "4000"));
    }
}
