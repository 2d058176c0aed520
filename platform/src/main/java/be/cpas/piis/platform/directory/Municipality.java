package be.cpas.piis.platform.directory;

import be.cpas.piis.platform.document.Language;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Belgian municipality, whose CPAS (OCMW, ÖSHZ) its NIS code identifies (X1): its names in Dutch
 * and French, where it lies, and the languages of its administration, the first being the one its
 * letters are written in by default ({@code fr, nl} in Brussels-Capital). {@code provinceNl} and
 * {@code provinceFr} are null in Brussels-Capital, which belongs to no province;
 * {@code inhabitants} (of 2020) is null where the data does not say.
 */
public record Municipality(String nisCode, String nameNl, String nameFr, String arrondissementNl, String arrondissementFr,
                           String provinceNl, String provinceFr, Region region, List<Language> languages, Integer inhabitants) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public Municipality {
        languages = List.copyOf(languages);
    }

    /**
     * Its name in a text of {@code language}. The data has no German names: a German text uses the
     * municipality's own name, which for the nine German-speaking municipalities is their German one
     * (Dutch uses it too, so the data's Dutch column holds it: Amel, Büllingen, Sankt Vith), the
     * Dutch name in Flanders, and the French name elsewhere.
     */
    public String name(Language language) {
        return switch (language) {
            case FR -> nameFr;
            case NL -> nameNl;
            case DE -> languages.contains(Language.DE) || region == Region.FLANDERS ? nameNl : nameFr;
        };
    }

    /** The language its CPAS writes in unless a person's file says otherwise: the first of its administration. */
    public Language mainLanguage() {
        return languages.get(0);
    }

    /**
     * Its CPAS's name in a text of {@code language}: "CPAS de Liège", "CPAS d'Ixelles", "CPAS du
     * Roeulx", "OCMW Gent", "ÖSHZ Eupen". A default: the name the CPAS gives itself in its settings
     * (X12) comes first where there is one.
     */
    public String cpasName(Language language) {
        return switch (language) {
            case FR -> "CPAS " + withFrenchPreposition(nameFr);
            case NL -> "OCMW " + nameNl;
            case DE -> "ÖSHZ " + name(Language.DE);
        };
    }

    /** Whether {@code fragment} is part of its French or Dutch name, whatever the case and accents: "liege" finds Liège. */
    public boolean nameContains(String fragment) {
        String wanted = folded(fragment);
        return folded(nameFr).contains(wanted) || folded(nameNl).contains(wanted);
    }

    /** "de" before the name, elided before a vowel and contracted with an article: d'Ixelles, du Roeulx, des Bons Villers. */
    private static String withFrenchPreposition(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        return "aeiouy".indexOf(folded(name).charAt(0)) >= 0 ? "d'" + name : "de " + name;
    }

    private static String folded(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
