package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A beneficiary as contracts-service shows them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Beneficiary(UUID id, String ssin, String firstName, String lastName, LocalDate birthDate, String language,
                          boolean student, LocalDate risDecisionDate, Obligation piisObligation, boolean exempted,
                          LocalDate signingDeadline) {

    /** C1: whether a PIIS is compulsory, and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Obligation(boolean compulsory, String reason) {

        /** The key of the reason's words in the console's message bundle; null when the API gave none. */
        public String reasonKey() {
            return reason == null ? null : "reason_" + reason.replace("_", "").toLowerCase(Locale.ROOT);
        }
    }

    /** The key of the file's language in the console's message bundle. */
    public String languageKey() {
        return "lang_" + language.toLowerCase(Locale.ROOT);
    }

    public String name() {
        return firstName + " " + lastName;
    }
}
