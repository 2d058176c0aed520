package be.cpas.piis.platform.directory;

import be.cpas.piis.platform.document.Language;

/**
 * A division of a first-instance labour tribunal (tribunal du travail, arbeidsrechtbank), where a
 * beneficiary appeals a CPAS decision (S8). {@code tribunalId} and {@code division} are the data's
 * identifiers ({@code liege}, {@code huy}); {@code language} is the one it hears cases in.
 * {@code address} may be incomplete (see {@link PostalAddress#isComplete()}); {@code source} is the
 * page it was read from.
 */
public record TribunalDivision(String tribunalId, String tribunalNameFr, String tribunalNameNl, String division, Language language,
                               PostalAddress address, String source) {

    /**
     * The tribunal's name in a letter of {@code language}. The data has no German names: a German
     * letter names it in the language of the division's region, French for Eupen and Wallonia,
     * Dutch for Flanders, until the CPAS's settings give the German name (Arbeitsgericht Eupen).
     */
    public String tribunalName(Language language) {
        return switch (language) {
            case FR -> tribunalNameFr;
            case NL -> tribunalNameNl;
            case DE -> this.language == Language.NL ? tribunalNameNl : tribunalNameFr;
        };
    }
}
