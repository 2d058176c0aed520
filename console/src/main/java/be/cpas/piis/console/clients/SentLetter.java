package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A3: a letter the CPAS sent, kept exactly as it went out, in the language it went out in; {@code kind}
 * (convocation or reminder) for the letters of an evaluation or an interview.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SentLetter(UUID id, String kind, String language, LocalDate sentOn) {

    /** A2: a reminder of the meeting rather than its convocation; a hearing's letters are convocations. */
    public boolean isReminder() {
        return "reminder".equalsIgnoreCase(kind);
    }

    /** The key of a breach case's letter in the Council's words: its formal notice, hearing convocation, decision or execution. */
    public String breachKindKey() {
        return "letter_" + kind;
    }

    /** The key of the letter's language in the console's message bundle. */
    public String languageKey() {
        return "lang_" + language.toLowerCase(Locale.ROOT);
    }
}
