package be.cpas.piis.console.clients;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * transfer-service's national directory of CPAS (X11) and each CPAS's settings (X12), as the console
 * calls them with the signed-in person's token. The settings travel as the API's JSON, which the
 * settings' page reads and writes field by field.
 */
@RegisterRestClient(configKey = "transfer-service")
@RegisterClientHeaders(SignedInPersonsToken.class)
@Path("/piis/v1/cpas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CpasApi {

    /** X11: the CPAS whose French or Dutch name contains {@code name}, by NIS code. */
    @GET
    Page<DirectoryEntry> directory(@QueryParam("name") String name, @QueryParam("pageSize") int pageSize);

    /** X11: one CPAS, with the labour tribunal divisions competent for its beneficiaries. */
    @GET
    @Path("/{nisCode}")
    DirectoryEntry cpas(@PathParam("nisCode") String nisCode);

    /** X12: the settings of the signed-in person's CPAS, with their version. */
    @GET
    @Path("/{nisCode}/settings")
    JsonNode settings(@PathParam("nisCode") String nisCode);

    /** X12: the whole of the settings; what is left out is no longer set. */
    @PUT
    @Path("/{nisCode}/settings")
    JsonNode keepSettings(@PathParam("nisCode") String nisCode, Map<String, Object> settings);

    /** X12: a letter of the CPAS as its settings make it today, in {@code lang}. */
    @GET
    @Path("/{nisCode}/settings/letterPreview")
    @Produces("application/pdf")
    byte[] letterPreview(@PathParam("nisCode") String nisCode, @QueryParam("lang") String lang);
}
