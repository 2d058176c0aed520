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

/** E7: a student's exam results, as evaluation-service keeps them, called with the signed-in person's token. */
@RegisterRestClient(configKey = "evaluation-service")
@RegisterClientHeaders(SignedInPersonsToken.class)
@Path("/piis/v1/studentResults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface StudentResultsApi {

    /** A contract's results, by deadline. */
    @GET
    Page<StudentResult> ofContract(@QueryParam("contractId") UUID contractId, @QueryParam("pageSize") int pageSize);

    /** {@code {"contractId","session","publishedOn","communicatedOn"}}: due 7 working days after the publication; 422 E7 for a contract that is not a student's. */
    @POST
    StudentResult published(Map<String, Object> published);

    @GET
    @Path("/{id}")
    StudentResult result(@PathParam("id") UUID id);

    /** {@code {"communicatedOn"}} (today when absent): late, ResultsOverdue is published once. */
    @POST
    @Path("/{id}/communication")
    StudentResult communicated(@PathParam("id") UUID id, Map<String, Object> communication);
}
