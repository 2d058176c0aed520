package be.cpas.piis.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.ConstraintViolation;

/**
 * One invalid input of a {@code badRequest} problem: where it is ({@code in} body, path, query or
 * header) and why. {@code schemaViolation} where the input breaks what the OpenAPI document says
 * (type, format, bounds), {@code invalidInput} where it breaks a check the document cannot express.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputIssue(String type, String in, String name, Object value, String detail) {

    private static final String ISSUE = "urn:problem-type:belgif:input-validation:";

    public static InputIssue invalid(String in, String name, Object value, String detail) {
        return new InputIssue(ISSUE + "schemaViolation", in, name, value, detail);
    }

    public static InputIssue invalidInput(String in, String name, Object value, String detail) {
        return new InputIssue(ISSUE + "invalidInput", in, name, value, detail);
    }

    public static InputIssue unknown(String in, String name) {
        return new InputIssue(ISSUE + "unknownInput", in, name, null,
                "'" + name + "' is not an input of this operation");
    }

    /** The issue of a violated constraint, where it sits in the request; a national number (X3) is never echoed. */
    public static InputIssue of(ConstraintViolation<?> violation) {
        InputLocation location = InputLocation.of(violation);
        Object value = location.in().equals("body") && location.name().toLowerCase().contains("ssin") ? null : violation.getInvalidValue();
        return invalid(location.in(), location.name(), scalarOrNull(value), violation.getMessage());
    }

    private static Object scalarOrNull(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value : null;
    }
}
