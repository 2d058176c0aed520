package be.cpas.piis.console.clients;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/**
 * sanctions-service's API, as the console calls it with the signed-in person's token. The steps of a
 * case take the JSON bodies the API documents, built by the pages from what was typed.
 */
@RegisterRestClient(configKey = "sanctions-service")
@RegisterClientHeaders(SignedInPersonsToken.class)
@Path("/piis/v1/breaches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SanctionsApi {

    /** S1: the breach cases of a contract, opened from its missed evaluations, overdue steps and results, or by hand. */
    @GET
    Page<BreachCase> ofContract(@QueryParam("contractId") UUID contractId, @QueryParam("pageSize") int pageSize);

    /** The CPAS's cases in {@code status} (all when null), oldest first. */
    @GET
    Page<BreachCase> ofStatus(@QueryParam("status") String status, @QueryParam("pageSize") int pageSize);

    @GET
    @Path("/{id}")
    BreachCase breach(@PathParam("id") UUID id);

    /** S5, S6: the cap of a suspension decided today, and the CPAS's own side, worded in {@code language}. */
    @GET
    @Path("/{id}/decisionGrounds")
    DecisionGrounds decisionGrounds(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String language);

    /**
     * One step of the case, named as its path: {@code formalNotice}, {@code opinion}, {@code hearingRequest},
     * {@code hearing}, {@code legitimateReason}, {@code decision}, {@code notification}, {@code execution}, {@code closure}.
     */
    @POST
    @Path("/{id}/{step}")
    BreachCase step(@PathParam("id") UUID id, @PathParam("step") String step, Map<String, Object> body);

    /** S2: what the beneficiary answered to the formal notice. */
    @POST
    @Path("/{id}/formalNotice/answer")
    BreachCase noticeAnswer(@PathParam("id") UUID id, Map<String, Object> answer);

    /** A3: the convocation to the hearing went out, and that very letter is kept. */
    @POST
    @Path("/{id}/letters")
    SentLetter hearingConvocationSent(@PathParam("id") UUID id, Map<String, Object> sent);

    /** S8: the appeals against the case's decision, oldest first, with their outcome once judged. */
    @GET
    @Path("/{id}/appeals")
    Page<Appeal> appeals(@PathParam("id") UUID id);

    /** S8: an appeal to the labour tribunal was filed against the decision. */
    @POST
    @Path("/{id}/appeals")
    Appeal appealFiled(@PathParam("id") UUID id, Map<String, Object> appeal);

    /** A1, S4: when and where the Council hears the beneficiary. */
    @PUT
    @Path("/{id}/hearingAppointment")
    BreachCase planHearing(@PathParam("id") UUID id, Map<String, Object> appointment);

    /** A1, S4: the convocation to the hearing, as a PDF in {@code lang}. */
    @GET
    @Path("/{id}/hearingConvocation")
    @Produces("application/pdf")
    byte[] hearingConvocation(@PathParam("id") UUID id, @QueryParam("lang") String lang);

    /** A3: the letters of the case, oldest first: the formal notice, the convocation, the decision. */
    @GET
    @Path("/{id}/letters")
    Page<SentLetter> letters(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/letters/{letterId}")
    @Produces("application/pdf")
    byte[] letter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId);

    @GET
    @Path("/{id}/compliance")
    Compliance compliance(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String language);

    /** The compliance record as handed to the labour tribunal on appeal. */
    @GET
    @Path("/{id}/compliance")
    @Produces("application/pdf")
    byte[] compliancePdf(@PathParam("id") UUID id, @QueryParam("lang") String lang);

    /** X4: every change of the case. */
    @GET
    @Path("/{id}/audit")
    AuditTrail audit(@PathParam("id") UUID id);
}
