package be.cpas.piis.console.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** sanctions-service's API, as the console calls it with the signed-in person's token. */
@RegisterRestClient(configKey = "sanctions-service")
@RegisterClientHeaders(SignedInPersonsToken.class)
@Path("/piis/v1/breaches")
@Produces(MediaType.APPLICATION_JSON)
public interface SanctionsApi {

    /** S1: the breach cases of a contract, opened from its missed evaluations, overdue steps and results, or by hand. */
    @GET
    Page<BreachCase> ofContract(@QueryParam("contractId") UUID contractId, @QueryParam("pageSize") int pageSize);
}
