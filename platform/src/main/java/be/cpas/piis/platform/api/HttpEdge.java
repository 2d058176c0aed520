package be.cpas.piis.platform.api;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.Problem;
import be.cpas.piis.platform.problem.Wording;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits of a request, checked before any route, so that a refusal at the edge answers
 * problem+json like every other error (X5) rather than the HTTP server's bare status: a URI longer
 * than {@value #MAX_URI_LENGTH} characters (414), headers larger than {@value #MAX_HEADERS_SIZE}
 * bytes (431), a declared body larger than {@code quarkus.http.limits.max-body-size} (413), and a
 * {@code Content-Type} or {@code Accept} header that is not a media type (400), and a body without
 * {@code Content-Type} (415: what it holds is not said).
 *
 * <p>A request without a body is taken as JSON whatever {@code Content-Type} it names (HTTP clients
 * name one for an empty POST): an operation whose body is optional ({@code POST …/proposal}) takes
 * it as no body, rather than refuse a media type it does not consume for a body that is not there.
 *
 * <p>The HTTP server's own limits are set higher (application configuration), so that these are
 * the ones a caller meets.
 */
@ApplicationScoped
public class HttpEdge {

    static final int MAX_URI_LENGTH = 8_192;
    static final int MAX_HEADERS_SIZE = 32_768;
    /** Before the routes of the application and of the framework, after none. */
    private static final int FIRST = Integer.MAX_VALUE;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        filters.register(this::check, FIRST);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        Language language = DocumentLanguages.forMessages(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        if (request.uri().length() > MAX_URI_LENGTH) {
            refuse(context, Problem.ofHttpStatus(language, 414, Wording.of("http.414", MAX_URI_LENGTH)));
            return;
        }
        if (headersSize(request) > MAX_HEADERS_SIZE) {
            refuse(context, Problem.ofHttpStatus(language, 431, Wording.of("http.431", MAX_HEADERS_SIZE)));
            return;
        }
        String declaredLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null && isLongerThan(declaredLength, maxBodySize.asLongValue())) {
            refuse(context, Problem.payloadTooLarge(language));
            return;
        }
        if (hasNoBody(request)) {
            request.headers().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        } else if (request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            refuse(context, Problem.ofHttpStatus(language, 415, Wording.of("http.415.none")));
            return;
        }
        for (String header : List.of(HttpHeaders.CONTENT_TYPE.toString(), HttpHeaders.ACCEPT.toString())) {
            for (String value : request.headers().getAll(header)) {
                if (!isMediaTypeList(value, header.equals(HttpHeaders.ACCEPT.toString()))) {
                    refuse(context, Problem.inputIncorrect(language, List.of(InputIssue.invalid("header", header, null, "is not a media type"))));
                    return;
                }
            }
        }
        context.next();
    }

    private static boolean hasNoBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null && (length == null || length.trim().equals("0"));
    }

    private static long headersSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static boolean isLongerThan(String declaredLength, long limit) {
        try {
            return Long.parseLong(declaredLength.trim()) > limit;
        } catch (NumberFormatException malformed) {
            // The HTTP server refuses a malformed Content-Length itself.
            return false;
        }
    }

    private static boolean isMediaTypeList(String value, boolean many) {
        try {
            for (String mediaType : many ? value.split(",") : new String[] {value}) {
                if (!mediaType.isBlank() || !many) {
                    MediaType.valueOf(mediaType.trim());
                }
            }
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written", e);
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, DocumentLanguages.tagOf(problem.language()))
                .end(body);
    }
}
