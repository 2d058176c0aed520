package be.cpas.piis.platform.problem;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * What a problem says to a person, written once per language ([int-negot]): a key of the message
 * catalogues and the values it names. A service's own wordings sit in its
 * {@code problems/service*.properties}, the platform's in {@code problems/platform*.properties};
 * the file without a language suffix is French, the default, {@code _nl} and {@code _de} the
 * others. A value that is itself a {@link Wording} is said in the same language, a collection as
 * its items said one after the other, separated by commas, a date as people write it in that
 * language ("5 janvier 2027", "5 januari 2027", "5. Januar 2027"), since a problem's detail is read by
 * a person; any other value is written as it prints, so that codes read alike in every language.
 * Placeholders are {@code {0}}, {@code {1}}…; an apostrophe is an apostrophe.
 */
public record Wording(String key, List<Object> values) {

    static final String SERVICE_CATALOGUE = "problems.service";
    static final String PLATFORM_CATALOGUE = "problems.platform";

    private static final Logger LOG = Logger.getLogger(Wording.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final ResourceBundle.Control WITHOUT_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Wording {
        values = values == null ? List.of() : values.stream().map(value -> value == null ? (Object) "—" : value).toList();
    }

    public static Wording of(String key, Object... values) {
        return new Wording(key, values == null ? List.of() : Arrays.asList(values));
    }

    /** The wording in {@code language}; a key no catalogue holds is logged and said as the key, never a failure. */
    public String in(Language language) {
        Optional<String> pattern = patternOf(key, language);
        if (pattern.isEmpty()) {
            LOG.warnf("No wording %s in %s", key, DocumentLanguages.codeOf(language));
            return key + (values.isEmpty() ? "" : " " + values);
        }
        Matcher placeholder = PLACEHOLDER.matcher(pattern.get());
        StringBuilder said = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            placeholder.appendReplacement(said, Matcher.quoteReplacement(index < values.size() ? say(values.get(index), language) : placeholder.group()));
        }
        return placeholder.appendTail(said).toString();
    }

    /** The French wording, the default, which the logs show. */
    @Override
    public String toString() {
        return in(Language.FR);
    }

    private static String say(Object value, Language language) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> say(item, language)).collect(Collectors.joining(", "));
        }
        if (value instanceof LocalDate date) {
            Locale locale = Locale.forLanguageTag(DocumentLanguages.codeOf(language));
            return date.format(DateTimeFormatter.ofPattern(language == Language.DE ? "d. MMMM yyyy" : "d MMMM yyyy", locale));
        }
        return value instanceof Wording wording ? wording.in(language) : String.valueOf(value);
    }

    static Optional<String> patternOf(String key, Language language) {
        for (String catalogue : List.of(SERVICE_CATALOGUE, PLATFORM_CATALOGUE)) {
            Optional<ResourceBundle> bundle = catalogue(catalogue, language);
            if (bundle.isPresent() && bundle.get().containsKey(key)) {
                return Optional.of(bundle.get().getString(key));
            }
        }
        return Optional.empty();
    }

    static Optional<ResourceBundle> catalogue(String name, Language language) {
        Locale locale = language == Language.FR ? Locale.ROOT : Locale.forLanguageTag(DocumentLanguages.codeOf(language));
        try {
            return Optional.of(ResourceBundle.getBundle(name, locale, Thread.currentThread().getContextClassLoader(), WITHOUT_DEFAULT_LOCALE));
        } catch (MissingResourceException absent) {
            return Optional.empty();
        }
    }
}
