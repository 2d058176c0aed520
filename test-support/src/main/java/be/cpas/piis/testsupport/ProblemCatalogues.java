package be.cpas.piis.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The problems a service says, checked whole ([int-negot]): every wording its code names is written
 * in French, Dutch and German, and the three name the same values. Reads the sources, so that a
 * wording added without its translations fails the build rather than a Dutch caller.
 */
public final class ProblemCatalogues {

    private static final List<String> SUFFIXES = List.of("", "_nl", "_de");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A key as the code names it: a wording, a resource not found, or a wording handed on by a constant. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "Wording\\.of\\(\\s*\"([^\"]+)\"\\s*[,)]|ResourceNotFoundException\\(\\s*\"([^\"]+)\"|\"(resource\\.[A-Za-z]+)\"");

    private ProblemCatalogues() {
    }

    /** Fails unless every wording the sources under each of {@code sourceRoots} name is in the service's or the platform's catalogues. */
    public static void assertComplete(Path... sourceRoots) {
        Map<String, Properties> service = catalogue("problems/service");
        Map<String, Properties> platform = catalogue("problems/platform");
        assertAlike("problems/service", service);
        assertAlike("problems/platform", platform);
        Set<String> missing = new TreeSet<>();
        for (Path file : Stream.of(sourceRoots).flatMap(root -> javaFiles(root).stream()).toList()) {
            String code = read(file);
            Matcher key = KEY_IN_CODE.matcher(code);
            while (key.find()) {
                String named = key.group(1) != null ? key.group(1) : key.group(2) != null ? key.group(2) : key.group(3);
                for (String suffix : SUFFIXES) {
                    if (!service.get(suffix).containsKey(named) && !platform.get(suffix).containsKey(named)) {
                        missing.add(named + " (" + (suffix.isEmpty() ? "fr" : suffix.substring(1)) + ") in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).as("wordings named in the code but missing from a catalogue").isEmpty();
    }

    /** The three languages of a catalogue hold the same keys, each with the same placeholders. */
    private static void assertAlike(String name, Map<String, Properties> languages) {
        Properties french = languages.get("");
        for (String suffix : List.of("_nl", "_de")) {
            Properties other = languages.get(suffix);
            assertThat(new TreeSet<>(other.stringPropertyNames())).as(name + suffix + " holds the keys of " + name)
                    .isEqualTo(new TreeSet<>(french.stringPropertyNames()));
            Map<String, Set<String>> differing = new TreeMap<>();
            for (String key : french.stringPropertyNames()) {
                if (!placeholders(french.getProperty(key)).equals(placeholders(other.getProperty(key, "")))) {
                    differing.put(key, placeholders(other.getProperty(key, "")));
                }
            }
            assertThat(differing).as(name + suffix + ": wordings that do not name the values the French names").isEmpty();
        }
        languages.forEach((suffix, wordings) -> assertThat(wordings.stringPropertyNames())
                .as(name + suffix + ": empty wordings").allMatch(key -> !wordings.getProperty(key).isBlank()));
    }

    private static Set<String> placeholders(String wording) {
        Matcher placeholder = PLACEHOLDER.matcher(wording);
        Set<String> found = new TreeSet<>();
        while (placeholder.find()) {
            found.add(placeholder.group(1));
        }
        return found;
    }

    private static Map<String, Properties> catalogue(String name) {
        return SUFFIXES.stream().collect(Collectors.toMap(suffix -> suffix, suffix -> load(name + suffix + ".properties")));
    }

    private static Properties load(String resource) {
        Properties wordings = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                wordings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return wordings;
    }

    private static List<Path> javaFiles(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
