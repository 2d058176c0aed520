package be.cpas.piis.platform.time;

import be.cpas.piis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Moves this service's date in local runs, so that a demo can reach a deadline without waiting.
 * Absent (404) unless {@code piis.dev.clock-enabled} is true, which only the local profiles set.
 * The date is every CPAS's date, so only a CPAS administrator moves it (or reads it).
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/dev/clock")
@RolesAllowed(Roles.CPAS_ADMIN)
public class DevClockResource {

    public record Today(@NotNull LocalDate today) {
    }

    @Inject
    PiisClock clock;

    @ConfigProperty(name = "piis.dev.clock-enabled", defaultValue = "false")
    boolean enabled;

    @GET
    // A tool of local runs and tests, 404 elsewhere: not part of the API other systems build on.
    @Operation(summary = "Today as this service sees it (local runs only)", hidden = true)
    public Today read() {
        requireEnabled();
        return new Today(clock.today());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move this service's today (local runs only)", hidden = true)
    public Today move(@Valid @NotNull Today today) {
        requireEnabled();
        clock.moveTo(today.today());
        return new Today(clock.today());
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }
}
