package be.cpas.piis.platform.api;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Parses query parameters by hand where JAX-RS would answer a malformed value with a 404: the
 * guide wants a 400 that names the parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** 8-4-4-4 hexadecimal digits: {@link UUID#fromString} also takes shortened forms such as {@code 1-1-1-1-1}. */
    private static final Pattern CANONICAL_UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    public static Optional<UUID> uuid(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!isUuid(value)) {
            throw new InvalidInputException(InputIssue.invalid("query", name, value, "is not a UUID"));
        }
        return Optional.of(UUID.fromString(value));
    }

    /** An ISO date (2027-03-31); a 400 naming the parameter otherwise. */
    public static Optional<LocalDate> date(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            throw new InvalidInputException(InputIssue.invalid("query", name, value, "is not a date (yyyy-MM-dd)"));
        }
    }

    /** A text filter; absent when blank, as a form's empty field sends it. */
    public static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }

    public static boolean isUuid(String value) {
        return CANONICAL_UUID.matcher(value).matches();
    }
}
