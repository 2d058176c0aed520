package be.cpas.piis.platform.problem;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem as the Belgif REST guide types it (X5), its title and detail in the caller's
 * language ([int-negot]), which {@code Content-Language} names. {@code rule} names the domain rule
 * that refused the request; {@code issues} lists each invalid input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String href, String title, int status, String detail, String rule, List<InputIssue> issues,
                      @JsonIgnore Language language) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String BELGIF = "urn:problem-type:belgif:";
    private static final String PIIS = "urn:problem-type:cpas:piis:";

    private static Problem of(Language language, String namespace, String name, int status, Wording detail, String rule,
                              List<InputIssue> issues) {
        return new Problem(namespace + name, null, Wording.of("title." + name).in(language), status, detail.in(language), rule,
                issues == null || issues.isEmpty() ? null : issues, language);
    }

    public static Problem badRequest(Language language, Wording detail, List<InputIssue> issues) {
        return of(language, BELGIF, "badRequest", 400, detail, null, issues);
    }

    /** The 400 of a body, path, query or header whose issues say what is wrong. */
    public static Problem inputIncorrect(Language language, List<InputIssue> issues) {
        return badRequest(language, Wording.of("input.incorrect"), issues);
    }

    public static Problem noAccessToken(Language language) {
        return of(language, BELGIF, "noAccessToken", 401, Wording.of("token.none"), null, null);
    }

    public static Problem invalidAccessToken(Language language) {
        return of(language, BELGIF, "invalidAccessToken", 401, Wording.of("token.invalid"), null, null);
    }

    public static Problem expiredAccessToken(Language language) {
        return of(language, BELGIF, "expiredAccessToken", 401, Wording.of("token.expired"), null, null);
    }

    public static Problem missingPermission(Language language) {
        return of(language, BELGIF, "missingPermission", 403, Wording.of("token.missingRole"), null, null);
    }

    public static Problem resourceNotFound(Language language, Wording detail) {
        return of(language, BELGIF, "resourceNotFound", 404, detail, null, null);
    }

    public static Problem conflict(Language language, String rule, Wording detail) {
        return of(language, PIIS, "conflict", 409, detail, rule, null);
    }

    public static Problem ruleViolation(Language language, String rule, Wording detail) {
        return of(language, PIIS, "ruleViolation", 422, detail, rule, null);
    }

    public static Problem payloadTooLarge(Language language) {
        return of(language, BELGIF, "payloadTooLarge", 413, Wording.of("http.413"), null, null);
    }

    public static Problem badGateway(Language language, Wording detail) {
        return of(language, BELGIF, "badGateway", 502, detail, null, null);
    }

    public static Problem serviceUnavailable(Language language, Wording detail) {
        return of(language, BELGIF, "serviceUnavailable", 503, detail, null, null);
    }

    public static Problem internalServerError(Language language) {
        return of(language, BELGIF, "internalServerError", 500, Wording.of("http.500"), null, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, DocumentLanguages.tagOf(language))
                .entity(this).build();
    }

    /**
     * The problem of a status the HTTP layer decides (a method, media type or size the operation does
     * not take). The Belgif guide types only some of them; the others get a type of ours named as
     * the status, so that every error a client meets is typed.
     */
    public static Problem ofHttpStatus(Language language, int status, Wording detail) {
        return switch (status) {
            case 400 -> badRequest(language, detail, List.of());
            case 404 -> resourceNotFound(language, detail);
            case 413 -> payloadTooLarge(language);
            case 405 -> of(language, PIIS, "methodNotAllowed", 405, detail, null, null);
            case 406 -> of(language, PIIS, "notAcceptable", 406, detail, null, null);
            case 414 -> of(language, PIIS, "uriTooLong", 414, detail, null, null);
            case 415 -> of(language, PIIS, "unsupportedMediaType", 415, detail, null, null);
            case 431 -> of(language, PIIS, "requestHeaderFieldsTooLarge", 431, detail, null, null);
            default -> {
                Response.StatusType known = Response.Status.fromStatusCode(status);
                String name = known == null ? "http" + status : lowerCamelCase(known.getReasonPhrase());
                yield new Problem(PIIS + name, null, Wording.of("title.httpStatus", status).in(language), status, detail.in(language), null,
                        null, language);
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
