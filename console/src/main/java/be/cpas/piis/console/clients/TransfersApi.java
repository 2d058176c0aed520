package be.cpas.piis.console.clients;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** transfer-service's transfers (T1-T6), as the console calls them with the signed-in person's token. */
@RegisterRestClient(configKey = "transfer-service")
@RegisterClientHeaders(SignedInPersonsToken.class)
@Path("/piis/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TransfersApi {

    /** T1: {@code {"contractId","newMunicipality","movedOn","beneficiaryRefusal","studiesEndedOn"}}. */
    @POST
    @Path("/transfers")
    Transfer start(Map<String, Object> transfer);

    /** The transfers this CPAS started, by request date. */
    @GET
    @Path("/transfers")
    Page<Transfer> outgoing(@QueryParam("pageSize") int pageSize);

    @GET
    @Path("/transfers/{id}")
    Transfer transfer(@PathParam("id") UUID id);

    @GET
    @Path("/transfers/{id}/audit")
    AuditTrail transferAudit(@PathParam("id") UUID id);

    /** The dossiers addressed to this CPAS, in the order received. */
    @GET
    @Path("/incomingTransfers")
    Page<IncomingTransfer> incoming(@QueryParam("pageSize") int pageSize);

    @GET
    @Path("/incomingTransfers/{id}")
    IncomingTransfer incomingTransfer(@PathParam("id") UUID id);

    /** T2: {@code {"takeOver":"full|partial|none","goals","reasons","startDate","endDate","risDecisionDate"}}. */
    @POST
    @Path("/incomingTransfers/{id}/takeOver")
    IncomingTransfer takeOver(@PathParam("id") UUID id, Map<String, Object> decision);
}
