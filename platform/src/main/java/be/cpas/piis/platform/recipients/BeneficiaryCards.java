package be.cpas.piis.platform.recipients;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** contracts-service, which alone keeps beneficiaries' names and addresses (X10), read with the caller's own token (X1). */
@Path("/piis/v1/beneficiaries")
@RegisterRestClient(configKey = "contracts-service")
public interface BeneficiaryCards {

    @GET
    @Path("/{beneficiaryId}")
    JsonNode read(@PathParam("beneficiaryId") UUID beneficiaryId, @HeaderParam("Authorization") String authorization);
}
