package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * X11: a CPAS of the national directory: its municipality, the languages of its administration,
 * which system serves it (this one, or another CPAS system's transfer API), and the labour tribunal
 * divisions competent for its beneficiaries when read one by one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectoryEntry(String nisCode, String name, String language, List<String> languages, String region, boolean servedHere,
                             String transferApi, List<Division> labourTribunals) {

    public DirectoryEntry {
        languages = languages == null ? List.of() : List.copyOf(languages);
        labourTribunals = labourTribunals == null ? List.of() : List.copyOf(labourTribunals);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Division(String nameFr, String nameNl, String division, String language, Address address, boolean addressComplete) {

        public String languageCode() {
            return language == null ? "" : language.toUpperCase(Locale.ROOT);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String street, String postalCode, String city) {
    }

    /** The languages of its administration as codes: "FR, NL". */
    public String languageCodes() {
        return languages.stream().map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    public String regionKey() {
        return "region_" + region;
    }
}
