package be.cpas.piis.console.clients;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** S8: the tribunal's judgment of an appeal, recorded in sanctions-service with the signed-in person's token. */
@RegisterRestClient(configKey = "sanctions-service")
@RegisterClientHeaders(SignedInPersonsToken.class)
@Path("/piis/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AppealsApi {

    /** {@code {"outcome":"upheld|annulled","judgedOn"}}: the tribunal judged. */
    @POST
    @Path("/{id}/judgment")
    Appeal judged(@PathParam("id") UUID id, Map<String, Object> judgment);
}
