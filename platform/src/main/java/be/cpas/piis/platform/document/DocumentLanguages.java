package be.cpas.piis.platform.document;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages documents are written in, as the API names them: {@code fr}, {@code nl}, {@code de}
 * in a query, {@code fr-BE}, {@code nl-BE}, {@code de-BE} in {@code Accept-Language} and
 * {@code Content-Language} ([int-negot]).
 */
public final class DocumentLanguages {

    /** The query parameter that asks for a document's language, before {@code Accept-Language}. */
    public static final String QUERY_PARAMETER = "lang";

    private DocumentLanguages() {
    }

    /**
     * The language a caller asks for: {@code lang} when given (any other value than ours is a 400
     * naming it), else the preferred of ours in {@code Accept-Language}; empty when neither says.
     */
    public static Optional<Language> asked(String lang, String acceptLanguage) {
        if (lang == null) {
            return fromAcceptLanguage(acceptLanguage);
        }
        return Optional.of(ofCode(lang).orElseThrow(() -> new InvalidInputException(
                InputIssue.invalid("query", QUERY_PARAMETER, lang, "is one of fr, nl, de"))));
    }

    /** The language a code names ({@code fr}, {@code nl}, {@code de}); empty for any other. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(Language.values()).filter(language -> codeOf(language).equals(code)).findFirst();
    }

    /**
     * The language the caller prefers among ours, by {@code Accept-Language} weight: {@code nl-BE}
     * and plain {@code nl} name Dutch alike. Empty when the header names none of ours, or cannot be read.
     */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        // parse() lists the ranges by weight, the preferred first.
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> ofCode(range.getRange().split("-")[0]))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The language of messages to a caller: the preferred of ours in {@code Accept-Language}, French when it names none. */
    public static Language forMessages(String acceptLanguage) {
        return fromAcceptLanguage(acceptLanguage).orElse(Language.FR);
    }

    /** {@code fr}, {@code nl} or {@code de}. */
    public static String codeOf(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }

    /** The Belgian language tag of {@code Content-Language}: {@code fr-BE}, {@code nl-BE}, {@code de-BE}. */
    public static String tagOf(Language language) {
        return codeOf(language) + "-BE";
    }
}
