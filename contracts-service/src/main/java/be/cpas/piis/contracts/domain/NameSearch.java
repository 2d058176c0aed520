package be.cpas.piis.contracts.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finding a beneficiary by name the way a social worker types it: without accents or case, any word of
 * the first or last names by its beginning ("peet" finds Peeters, "van den" Van den Broeck, "eloise"
 * Éloïse). The names are kept a second time in that form, each word after a space.
 */
public final class NameSearch {

    /** More words than a person's names have: beyond, a query is not read. */
    private static final int MOST_WORDS = 6;

    private NameSearch() {
    }

    /** The names as a search compares them: " ana peeters". */
    public static String indexed(String firstName, String lastName) {
        return " " + String.join(" ", words(firstName + " " + lastName));
    }

    /** The words of what was typed, each compared with the beginning of a word of the names. */
    public static List<String> words(String typed) {
        String plain = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Alnum}]+", " ")
                .strip();
        return plain.isEmpty() ? List.of() : Arrays.stream(plain.split(" ")).limit(MOST_WORDS).toList();
    }
}
