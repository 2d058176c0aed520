package be.cpas.piis.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem as the Belgif REST guide types it (X5). {@code rule} names the domain rule
 * that refused the request; {@code issues} lists each invalid input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String href, String title, int status, String detail, String rule, List<InputIssue> issues) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String BELGIF = "urn:problem-type:belgif:";
    private static final String PIIS = "urn:problem-type:cpas:piis:";

    public static Problem badRequest(String detail, List<InputIssue> issues) {
        return new Problem(BELGIF + "badRequest", null, "Bad Request", 400, detail, null, issues.isEmpty() ? null : issues);
    }

    public static Problem noAccessToken() {
        return new Problem(BELGIF + "noAccessToken", null, "No Access Token", 401, "No Bearer access token found in Authorization HTTP header", null, null);
    }

    public static Problem invalidAccessToken(String detail) {
        return new Problem(BELGIF + "invalidAccessToken", null, "Invalid Access Token", 401, detail, null, null);
    }

    public static Problem expiredAccessToken() {
        return new Problem(BELGIF + "expiredAccessToken", null, "Expired Access Token", 401, "The access token has expired", null, null);
    }

    public static Problem missingPermission(String detail) {
        return new Problem(BELGIF + "missingPermission", null, "Missing Permission", 403, detail, null, null);
    }

    public static Problem resourceNotFound(String detail) {
        return new Problem(BELGIF + "resourceNotFound", null, "Resource Not Found", 404, detail, null, null);
    }

    public static Problem conflict(String rule, String detail) {
        return new Problem(PIIS + "conflict", null, "Conflict", 409, detail, rule, null);
    }

    public static Problem ruleViolation(String rule, String detail) {
        return new Problem(PIIS + "ruleViolation", null, "Refused by a rule", 422, detail, rule, null);
    }

    public static Problem payloadTooLarge() {
        return new Problem(BELGIF + "payloadTooLarge", null, "Payload Too Large", 413, "The request body is too large", null, null);
    }

    public static Problem internalServerError() {
        return new Problem(BELGIF + "internalServerError", null, "Internal Server Error", 500,
                "The server could not handle the request; it was logged", null, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    public static Problem ofStatus(int status, String title, String detail) {
        return new Problem("about:blank", null, title, status, detail, null, null);
    }
}
