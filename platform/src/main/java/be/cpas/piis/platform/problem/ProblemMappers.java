package be.cpas.piis.platform.problem;

import be.cpas.piis.platform.api.AllowedMethods;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json} (X5): bad input is a 400 with its
 * issues, never a 500, and a 500 never shows a stack trace, SQL or host name ([err-sanit]).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    AllowedMethods allowedMethods;
    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e) {
        return problem(Problem.ruleViolation(e.rule(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return problem(Problem.conflict(e.rule(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e) {
        return problem(Problem.resourceNotFound(e.getMessage()));
    }

    /**
     * A unique key hit by a concurrent request: the data is there already, the request is a conflict,
     * not a failure. Any other constraint of the database (not null, foreign key, check) guards what
     * the service itself must have checked before: reaching it is a failure of ours.
     */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return unexpected(e);
        }
        LOG.infof("Request refused by unique key %s", e.getConstraintName());
        return problem(Problem.conflict(null, "The request conflicts with data recorded meanwhile: read it again and retry"));
    }

    /**
     * A value the database cannot hold (too long, out of range, an unstorable character) that no
     * check caught before: still the caller's input, so a 400, without the database's words, which
     * may quote the value.
     */
    @ServerExceptionMapper
    public Response unstorableValue(org.hibernate.exception.DataException e) {
        LOG.warnf("A value of a request reached the database unchecked (SQLState %s)", e.getSQLState());
        return problem(Problem.badRequest("A value of the request cannot be stored: it is too long, out of range or holds a character that cannot be stored", List.of()));
    }

    @ServerExceptionMapper
    public Response upstreamFailure(UpstreamFailureException e) {
        LOG.warn(e.getMessage());
        return problem(e.unavailable() ? Problem.serviceUnavailable(e.getMessage()) : Problem.badGateway(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return problem(Problem.badRequest(e.getMessage(), e.issues()));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e) {
        return problem(Problem.conflict(null, "The resource was changed by someone else meanwhile: read it again and retry"));
    }

    @ServerExceptionMapper
    public Response invalidParameters(ResteasyReactiveViolationException e) {
        return constraintViolations(e);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e) {
        List<InputIssue> issues = e.getConstraintViolations().stream()
                .map(InputIssue::of)
                .sorted(Comparator.comparing(InputIssue::name))
                .collect(Collectors.toList());
        return problem(Problem.badRequest("The input message is incorrect", issues));
    }

    /** Listed one by one because the JSON extension maps some of these subtypes itself, in its own format. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
        MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableBody(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return problem(Problem.badRequest("The input message is incorrect",
                    List.of(InputIssue.unknown("body", pathOf(unknown)))));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problem(Problem.badRequest("The input message is incorrect",
                    List.of(InputIssue.invalid("body", pathOf(mapping), null, "has the wrong type or format"))));
        }
        return problem(Problem.badRequest("The request body is not valid JSON", List.of()));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(problem(Problem.noAccessToken())).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        Problem problem = hasExpired(e) ? Problem.expiredAccessToken() : Problem.invalidAccessToken("The access token is invalid");
        return Response.fromResponse(problem(problem))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }

    private static boolean hasExpired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(Problem.missingPermission("The access token does not grant the role this operation needs"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        // The JSON reader wraps Jackson's failure in a 400: unwrap it to say which input was wrong.
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 404 && e.getCause() == null || status == 405) {
            Set<String> allowed = allowedMethods.of(request.getUriInfo().getPath());
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                return Response.fromResponse(problem(Problem.ofHttpStatus(405, detailOf(405, e))))
                        .header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
            }
        }
        return problem(Problem.ofHttpStatus(status, detailOf(status, e)));
    }

    /** What the framework's own refusals mean to the caller; its messages name classes, so none is passed on. */
    private static String detailOf(int status, WebApplicationException e) {
        return switch (status) {
            case 400 -> "The request is malformed";
            // A path or query parameter that the framework could not convert: the resource was matched.
            case 404 -> e.getCause() != null ? "A parameter of the path has the wrong format" : "No resource at this path";
            case 405 -> "This resource does not take this method: the Allow header lists those it takes";
            case 406 -> "This operation serves none of the media types the Accept header asks for";
            case 413 -> "The request body is too large";
            case 415 -> "This operation does not take a body of this Content-Type";
            default -> Response.Status.fromStatusCode(status) == null ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure while handling a request", e);
        return problem(Problem.internalServerError());
    }

    private static Response problem(Problem problem) {
        return problem.toResponse();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
