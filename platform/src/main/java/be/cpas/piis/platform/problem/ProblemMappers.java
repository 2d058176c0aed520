package be.cpas.piis.platform.problem;

import be.cpas.piis.platform.api.AllowedMethods;
import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
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
    public Response ruleViolation(RuleViolationException e, HttpHeaders headers) {
        return Problem.ruleViolation(languageOf(headers), e.rule(), e.detail()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, HttpHeaders headers) {
        return Problem.conflict(languageOf(headers), e.rule(), e.detail()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, HttpHeaders headers) {
        return Problem.resourceNotFound(languageOf(headers), e.detail()).toResponse();
    }

    /**
     * A unique key hit by a concurrent request: the data is there already, the request is a conflict,
     * not a failure. Any other constraint of the database (not null, foreign key, check) guards what
     * the service itself must have checked before: reaching it is a failure of ours.
     */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return unexpected(e, headers);
        }
        LOG.infof("Request refused by unique key %s", e.getConstraintName());
        return Problem.conflict(languageOf(headers), null, Wording.of("conflict.recordedMeanwhile")).toResponse();
    }

    /**
     * A change the database refused only when the transaction committed, where Hibernate flushed it:
     * the same answer as had it been refused mid-request.
     */
    @ServerExceptionMapper({RollbackException.class, ArcUndeclaredThrowableException.class})
    public Response refusedAtCommit(Exception e, HttpHeaders headers) {
        Throwable cause = refusalIn(e);
        if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
            return databaseConstraint(violation, headers);
        }
        if (cause instanceof org.hibernate.exception.DataException unstorable) {
            return unstorableValue(unstorable, headers);
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return concurrentChange((RuntimeException) cause, headers);
        }
        return unexpected(e, headers);
    }

    /** The database's refusal among the causes of a failed commit, and what they suppressed; null when none. */
    private static Throwable refusalIn(Throwable failure) {
        Deque<Throwable> toSee = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!toSee.isEmpty()) {
            Throwable next = toSee.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof org.hibernate.exception.ConstraintViolationException || next instanceof org.hibernate.exception.DataException
                    || next instanceof OptimisticLockException || next instanceof StaleStateException) {
                return next;
            }
            if (next.getCause() != null) {
                toSee.add(next.getCause());
            }
            toSee.addAll(List.of(next.getSuppressed()));
        }
        return null;
    }

    /**
     * A value the database cannot hold (too long, out of range, an unstorable character) that no
     * check caught before: still the caller's input, so a 400, without the database's words, which
     * may quote the value.
     */
    @ServerExceptionMapper
    public Response unstorableValue(org.hibernate.exception.DataException e, HttpHeaders headers) {
        LOG.warnf("A value of a request reached the database unchecked (SQLState %s)", e.getSQLState());
        return Problem.badRequest(languageOf(headers), Wording.of("input.unstorable"), List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response upstreamFailure(UpstreamFailureException e, HttpHeaders headers) {
        LOG.warn(e.getMessage());
        Language language = languageOf(headers);
        return (e.unavailable() ? Problem.serviceUnavailable(language, e.detail()) : Problem.badGateway(language, e.detail())).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, HttpHeaders headers) {
        return Problem.inputIncorrect(languageOf(headers), e.issues()).toResponse();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, HttpHeaders headers) {
        return Problem.conflict(languageOf(headers), null, Wording.of("conflict.changedMeanwhile")).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidParameters(ResteasyReactiveViolationException e, HttpHeaders headers) {
        return constraintViolations(e, headers);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpHeaders headers) {
        List<InputIssue> issues = e.getConstraintViolations().stream()
                .map(InputIssue::of)
                .sorted(Comparator.comparing(InputIssue::name))
                .collect(Collectors.toList());
        return Problem.inputIncorrect(languageOf(headers), issues).toResponse();
    }

    /** Listed one by one because the JSON extension maps some of these subtypes itself, in its own format. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
        MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableBody(JsonProcessingException e, HttpHeaders headers) {
        Language language = languageOf(headers);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.inputIncorrect(language, List.of(InputIssue.unknown("body", pathOf(unknown)))).toResponse();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problem.inputIncorrect(language, List.of(InputIssue.invalid("body", pathOf(mapping), null, "has the wrong type or format")))
                    .toResponse();
        }
        return Problem.badRequest(language, Wording.of("input.notJson"), List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return Response.fromResponse(Problem.noAccessToken(languageOf(headers)).toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        Language language = languageOf(headers);
        Problem problem = hasExpired(e) ? Problem.expiredAccessToken(language) : Problem.invalidAccessToken(language);
        return Response.fromResponse(problem.toResponse())
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
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return Problem.missingPermission(languageOf(headers)).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request, HttpHeaders headers) {
        // The JSON reader wraps Jackson's failure in a 400: unwrap it to say which input was wrong.
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers);
        }
        Language language = languageOf(headers);
        if (status == 404 && e.getCause() == null || status == 405) {
            Set<String> allowed = allowedMethods.of(request.getUriInfo().getPath());
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                return Response.fromResponse(Problem.ofHttpStatus(language, 405, detailOf(405, e)).toResponse())
                        .header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
            }
        }
        return Problem.ofHttpStatus(language, status, detailOf(status, e)).toResponse();
    }

    /** What the framework's own refusals mean to the caller; its messages name classes, so none is passed on. */
    private static Wording detailOf(int status, WebApplicationException e) {
        return switch (status) {
            // A path or query parameter that the framework could not convert: the resource was matched.
            case 404 -> Wording.of(e.getCause() != null ? "http.404.parameter" : "http.404");
            case 400, 405, 406, 413, 415 -> Wording.of("http." + status);
            default -> Wording.of("http.other", status);
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        LOG.error("Unexpected failure while handling a request", e);
        return Problem.internalServerError(languageOf(headers)).toResponse();
    }

    private static Language languageOf(HttpHeaders headers) {
        return DocumentLanguages.forMessages(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
