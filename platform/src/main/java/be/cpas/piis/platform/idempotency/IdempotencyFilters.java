package be.cpas.piis.platform.idempotency;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.idempotency.IdempotentRequests.Answer;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.Problem;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.text.CarriedText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on mutating requests: the same key and body get the same answer without
 * a second effect; the same key with another body, or while the first is still running, is a 409.
 * Keys belong to the caller's CPAS. A failure of ours (5xx) frees the key so that a retry runs again.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    private static final Set<String> MUTATING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";
    private static final int MAX_KEY_LENGTH = 200;

    private record Claim(String cpas, String key) {
    }

    @Inject
    IdempotentRequests requests;

    @Inject
    JsonWebToken token;

    @Inject
    ObjectMapper json;

    @ServerRequestFilter
    public Optional<Response> replayOrClaim(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        Language language = DocumentLanguages.forMessages(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (key == null || !MUTATING.contains(request.getMethod()) || cpasOfCaller().isEmpty()) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !CarriedText.isCarried(key)) {
            return Optional.of(Problem.inputIncorrect(language, List.of(InputIssue.invalid("header", HEADER, null,
                    "takes 1 to " + MAX_KEY_LENGTH + " characters that can be stored"))).toResponse());
        }
        String cpas = cpasOfCaller().get();
        String requestHash = hashOf(request);
        Optional<Answer> earlier = requests.claim(cpas, key, requestHash);
        if (earlier.isEmpty()) {
            request.setProperty(CLAIM, new Claim(cpas, key));
            return Optional.empty();
        }
        Answer answer = earlier.get();
        if (!answer.requestHash().equals(requestHash)) {
            return Optional.of(Problem.conflict(language, null, Wording.of("idempotency.otherRequest")).toResponse());
        }
        if (!answer.isComplete()) {
            return Optional.of(Problem.conflict(language, null, Wording.of("idempotency.inProgress")).toResponse());
        }
        Response.ResponseBuilder replay = Response.status(answer.status()).entity(answer.body());
        if (answer.contentType() != null) {
            replay.type(answer.contentType());
        }
        if (answer.location() != null) {
            replay.header(HttpHeaders.LOCATION, answer.location());
        }
        return Optional.of(replay.build());
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        if (response.getStatus() >= 500) {
            requests.release(claim.cpas(), claim.key());
            return;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        // Entities serialized later by the JSON writer have no media type yet at this point.
        String contentType = response.getMediaType() != null ? response.getMediaType().toString()
                : response.hasEntity() ? MediaType.APPLICATION_JSON : null;
        requests.complete(claim.cpas(), claim.key(), response.getStatus(), contentType, location, bodyOf(response));
    }

    /** The CPAS of a valid token, if the request has one; without it the request is refused anyway. */
    private Optional<String> cpasOfCaller() {
        Object cpas = token.getClaim(CurrentCpas.CLAIM);
        return Optional.ofNullable(cpas).map(Object::toString);
    }

    private String bodyOf(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof String) {
            return (String) entity;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the answer of an idempotent request", e);
        }
    }

    /** The method, the path and the body: what makes a retry the same request. */
    private static String hashOf(ContainerRequestContext request) {
        try {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            request.setEntityStream(new ByteArrayInputStream(body));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getUriInfo().getPath() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
