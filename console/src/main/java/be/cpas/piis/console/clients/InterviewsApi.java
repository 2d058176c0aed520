package be.cpas.piis.console.clients;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** E3: the interviews beneficiaries ask for, as evaluation-service keeps them, called with the signed-in person's token. */
@RegisterRestClient(configKey = "evaluation-service")
@RegisterClientHeaders(SignedInPersonsToken.class)
@Path("/piis/v1/interviewRequests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InterviewsApi extends MeetingsApi {

    /** A contract's requests, by deadline. */
    @GET
    Page<InterviewRequest> ofContract(@QueryParam("contractId") UUID contractId, @QueryParam("pageSize") int pageSize);

    /** The requests of the caller's CPAS whose deadline passed without the interview (E3). */
    @GET
    Page<InterviewRequest> overdue(@QueryParam("overdue") boolean overdue, @QueryParam("pageSize") int pageSize);

    /** The requests of a social worker's contracts not held yet, by deadline. */
    @GET
    Page<InterviewRequest> waitingOfSocialWorker(@QueryParam("socialWorker") String socialWorker, @QueryParam("waiting") boolean waiting,
                                                 @QueryParam("pageSize") int pageSize);

    /** E3: due within 5 working days of {@code requestedOn} (today when absent). */
    @POST
    InterviewRequest request(Map<String, Object> request);

    @GET
    @Path("/{id}")
    InterviewRequest interview(@PathParam("id") UUID id);

    /** E3, A1: a day after the deadline is accepted and flagged. */
    @PUT
    @Path("/{id}/appointment")
    InterviewRequest schedule(@PathParam("id") UUID id, Map<String, Object> appointment);

    /** E3: the interview took place on {@code heldOn} (today when absent). */
    @POST
    @Path("/{id}/record")
    InterviewRequest hold(@PathParam("id") UUID id, Map<String, Object> held);
}
