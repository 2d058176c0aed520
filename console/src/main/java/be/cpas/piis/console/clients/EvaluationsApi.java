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

/** evaluation-service's API, as the console calls it with the signed-in person's token. */
@RegisterRestClient(configKey = "evaluation-service")
@RegisterClientHeaders(SignedInPersonsToken.class)
@Path("/piis/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EvaluationsApi extends MeetingsApi {

    /** E1: a contract's plan, in date order; evaluation-service makes it once it has heard of the signature. */
    @GET
    Page<Evaluation> ofContract(@QueryParam("contractId") UUID contractId, @QueryParam("pageSize") int pageSize);

    /** The evaluations of the contracts a social worker is referent or replacement of, planned between two days (ISO dates). */
    @GET
    Page<Evaluation> ofSocialWorker(@QueryParam("socialWorker") String socialWorker, @QueryParam("plannedFrom") String plannedFrom,
                                    @QueryParam("plannedUntil") String plannedUntil, @QueryParam("pageSize") int pageSize);

    /** The planned evaluations of a social worker's contracts from today to {@code days} days ahead. */
    @GET
    Page<Evaluation> dueOfSocialWorker(@QueryParam("socialWorker") String socialWorker, @QueryParam("dueWithinDays") int days,
                                       @QueryParam("pageSize") int pageSize);

    /** The evaluations of a social worker's contracts whose day passed without being recorded. */
    @GET
    Page<Evaluation> overdueOfSocialWorker(@QueryParam("socialWorker") String socialWorker, @QueryParam("overdue") boolean overdue,
                                           @QueryParam("pageSize") int pageSize);

    @GET
    @Path("/{id}")
    Evaluation evaluation(@PathParam("id") UUID id);

    /** E1: another day, time or place; refused when the contract would be evaluated fewer than 3 times in some 12 months. */
    @PUT
    @Path("/{id}/appointment")
    Evaluation move(@PathParam("id") UUID id, Map<String, Object> appointment);

    /** E4: how it went; an unexcused absence is a missed evaluation (E5), which opens a breach case (S1). */
    @POST
    @Path("/{id}/record")
    Evaluation record(@PathParam("id") UUID id, Map<String, Object> record);
}
