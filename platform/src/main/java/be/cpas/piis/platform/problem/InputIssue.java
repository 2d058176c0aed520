package be.cpas.piis.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One invalid input of a {@code badRequest} problem: where it is ({@code in} body, path, query or header) and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputIssue(String type, String in, String name, Object value, String detail) {

    public static InputIssue invalid(String in, String name, Object value, String detail) {
        return new InputIssue("urn:problem-type:belgif:input-validation:schemaViolation", in, name, value, detail);
    }

    public static InputIssue unknown(String in, String name) {
        return new InputIssue("urn:problem-type:belgif:input-validation:unknownInput", in, name, null,
                "'" + name + "' is not an input of this operation");
    }
}
