package be.cpas.piis.transfer.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * contracts-service as the dossier's source. Slow or failing calls give up fast and open the
 * circuit: the delivery job tries the transfer again later rather than piling up waiting calls.
 */
@Path("/piis/v1")
@RegisterRestClient(configKey = "contracts-service")
@Timeout(3000)
@Retry(maxRetries = 2, delay = 200)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
public interface ContractsClient {

    @GET
    @Path("/contracts/{contractId}")
    JsonNode contract(@PathParam("contractId") UUID contractId, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/beneficiaries/{beneficiaryId}")
    JsonNode beneficiary(@PathParam("beneficiaryId") UUID beneficiaryId, @HeaderParam("Authorization") String authorization);

    /** The NISS goes in the body, never in a URL. */
    @POST
    @Path("/beneficiaries/search")
    JsonNode searchBeneficiary(JsonNode ssin, @HeaderParam("Authorization") String authorization);

    /** Retried safely: contracts-service answers a repeated {@code Idempotency-Key} with the first answer. */
    @POST
    @Path("/beneficiaries")
    JsonNode registerBeneficiary(JsonNode beneficiary, @HeaderParam("Authorization") String authorization,
                                 @HeaderParam("Idempotency-Key") String idempotencyKey);

    @POST
    @Path("/contracts")
    JsonNode draftContract(JsonNode contract, @HeaderParam("Authorization") String authorization,
                           @HeaderParam("Idempotency-Key") String idempotencyKey);
}
