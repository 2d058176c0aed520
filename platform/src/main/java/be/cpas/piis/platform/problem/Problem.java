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

    public static Problem badGateway(String detail) {
        return new Problem(BELGIF + "badGateway", null, "Bad Gateway", 502, detail, null, null);
    }

    public static Problem serviceUnavailable(String detail) {
        return new Problem(BELGIF + "serviceUnavailable", null, "Service Unavailable", 503, detail, null, null);
    }

    public static Problem internalServerError() {
        return new Problem(BELGIF + "internalServerError", null, "Internal Server Error", 500,
                "The server could not handle the request; it was logged", null, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /**
     * The problem of a status the HTTP layer decides (a method, media type or size the operation does
     * not take). The Belgif guide types only some of them; the others get a type of ours named as
     * the status, so that every error a client meets is typed.
     */
    public static Problem ofHttpStatus(int status, String detail) {
        return switch (status) {
            case 400 -> badRequest(detail, List.of());
            case 404 -> resourceNotFound(detail);
            case 413 -> payloadTooLarge();
            case 405 -> new Problem(PIIS + "methodNotAllowed", null, "Method Not Allowed", 405, detail, null, null);
            case 406 -> new Problem(PIIS + "notAcceptable", null, "Not Acceptable", 406, detail, null, null);
            case 414 -> new Problem(PIIS + "uriTooLong", null, "URI Too Long", 414, detail, null, null);
            case 415 -> new Problem(PIIS + "unsupportedMediaType", null, "Unsupported Media Type", 415, detail, null, null);
            case 431 -> new Problem(PIIS + "requestHeaderFieldsTooLarge", null, "Request Header Fields Too Large", 431, detail, null, null);
            default -> {
                Response.StatusType known = Response.Status.fromStatusCode(status);
                String title = known == null ? "HTTP " + status : known.getReasonPhrase();
                yield new Problem(PIIS + lowerCamelCase(title), null, title, status, detail, null, null);
            }
        };
    }

    private static String lowerCamelCase(String words) {
        String[] parts = words.replaceAll("[^A-Za-z0-9 ]", "").split(" +");
        StringBuilder name = new StringBuilder(parts[0].toLowerCase(java.util.Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }
}
