package be.cpas.piis.transfer.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** evaluation-service, for the summary of the contract's evaluations in the dossier. */
@Path("/piis/v1")
@RegisterRestClient(configKey = "evaluation-service")
@Timeout(3000)
@Retry(maxRetries = 2, delay = 200)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
public interface EvaluationsClient {

    /** One page of the contract's evaluations; a contract has a few dozen at most. */
    @GET
    @Path("/evaluations")
    JsonNode evaluations(@QueryParam("contractId") UUID contractId, @QueryParam("pageSize") int pageSize,
                         @HeaderParam("Authorization") String authorization);
}
