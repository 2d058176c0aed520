package be.cpas.piis.platform.health;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The Belgif health resource ([hlth-res]): {@code {"status":"UP"}}, or 503 with {@code DOWN}. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/health")
@PermitAll
public class HealthResource {

    public record Health(@Schema(enumeration = {"UP", "DOWN"}) String status) {
    }

    @Inject
    SmallRyeHealthReporter reporter;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether this service can serve requests")
    @APIResponse(responseCode = "200", description = "It can: UP",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    @APIResponse(responseCode = "503", description = "It cannot, for now: DOWN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    public Response health() {
        SmallRyeHealth health = reporter.getReadiness();
        return health.isDown()
                ? Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(new Health("DOWN")).build()
                : Response.ok(new Health("UP")).build();
    }
}
