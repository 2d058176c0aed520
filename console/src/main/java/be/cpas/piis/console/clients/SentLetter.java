package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A3: a letter the CPAS sent, kept exactly as it went out, in the language it went out in. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SentLetter(UUID id, String language, LocalDate sentOn) {

    /** The key of the letter's language in the console's message bundle. */
    public String languageKey() {
        return "lang_" + language.toLowerCase(Locale.ROOT);
    }
}
