package be.cpas.piis.platform.api;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import java.util.Optional;
import java.util.UUID;

/**
 * Parses query parameters by hand where JAX-RS would answer a malformed value with a 404: the
 * guide wants a 400 that names the parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static Optional<UUID> uuid(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(InputIssue.invalid("query", name, value, "is not a UUID"));
        }
    }
}
