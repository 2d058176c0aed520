package be.cpas.piis.platform.json;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lowerCamelCase code of an enum constant ([cod-design]): {@code WORKING_WITH_COMPLEMENT} is {@code workingWithComplement}. */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> constant) {
        return ofName(constant.name());
    }

    /** The code of the constant named {@code constant}, for where only its name is known (an OpenAPI schema, say). */
    public static String ofName(String constant) {
        String[] words = constant.toLowerCase(Locale.ROOT).split("_");
        StringBuilder code = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return code.toString();
    }

    /** The constant whose code is {@code value}; any other value is a 400 naming the query parameter. */
    public static <E extends Enum<E>> E parseQuery(Class<E> type, String parameter, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> of(constant).equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(InputIssue.invalid("query", parameter, value, "is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", ")))));
    }
}
