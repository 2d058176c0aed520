package be.cpas.piis.console.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;

/** Reads the problem+json an API answered a refusal with, so that a page shows it beside what it is about. */
@ApplicationScoped
public class Refusals {

    @Inject
    ObjectMapper json;

    /** The API's problem, when the failure is a refusal it explained (a 4xx with problem+json). */
    public Optional<Problem> of(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        if (status < 400 || status >= 500) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(failure.getResponse().readEntity(String.class), Problem.class));
        } catch (Exception unreadable) {
            return Optional.empty();
        }
    }
}
