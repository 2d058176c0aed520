package be.cpas.piis.console.clients;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** contracts-service's API, as the console calls it with the signed-in person's token. */
@RegisterRestClient(configKey = "contracts-service")
@RegisterClientHeaders(SignedInPersonsToken.class)
@Path("/piis/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ContractsApi {

    /** C1: the beneficiaries whose signing deadline falls in the next {@code days} days, soonest first. */
    @GET
    @Path("/beneficiaries")
    Page<Beneficiary> beneficiariesWithSigningDeadlineWithin(@QueryParam("signingDeadlineWithinDays") int days,
                                                            @QueryParam("pageSize") int pageSize);

    /** {@code {"ssin"}} or {@code {"name"}}: the NISS and the names go in the body, never in a URL. */
    @POST
    @Path("/beneficiaries/search")
    Page<Beneficiary> search(Map<String, String> query);

    @POST
    @Path("/beneficiaries")
    Beneficiary register(Map<String, Object> newBeneficiary);

    @GET
    @Path("/beneficiaries/{id}")
    Beneficiary beneficiary(@PathParam("id") UUID id);

    /** C2: the beneficiary's exemptions, in force or lifted, the latest decided first. */
    @GET
    @Path("/exemptions")
    Page<Exemption> exemptions(@QueryParam("beneficiaryId") UUID beneficiaryId);

    @POST
    @Path("/exemptions")
    Exemption grantExemption(Map<String, Object> newExemption);

    /** C2: lifting restarts C1's three months from {@code liftedOn}. */
    @POST
    @Path("/exemptions/{id}/lifting")
    Exemption liftExemption(@PathParam("id") UUID id, Map<String, Object> lifting);

    @POST
    @Path("/contracts")
    Contract draft(Map<String, Object> newContract);

    @GET
    @Path("/contracts/{id}")
    Contract contract(@PathParam("id") UUID id);

    /** C7: the draft handed over to the beneficiary on {@code handedOverOn}; their reflection period starts. */
    @POST
    @Path("/contracts/{id}/proposal")
    Contract propose(@PathParam("id") UUID id, Map<String, Object> proposal);

    @POST
    @Path("/contracts/{id}/signatures")
    Contract sign(@PathParam("id") UUID id, Map<String, Object> signature);

    /** C9: the beneficiary's copy of the contract as it stands, as a PDF in {@code lang} (fr, nl or de). */
    @GET
    @Path("/contracts/{id}/document")
    @Produces("application/pdf")
    byte[] document(@PathParam("id") UUID id, @QueryParam("lang") String lang);

    /** C8: the beneficiary asks to be heard by the Council before signing; no signature until the outcome is recorded. */
    @POST
    @Path("/contracts/{id}/hearing")
    Contract requestHearing(@PathParam("id") UUID id, Map<String, Object> request);

    /** C8, A1: a working day to come (X6), a time and a place. */
    @PUT
    @Path("/contracts/{id}/hearing/appointment")
    Contract planHearing(@PathParam("id") UUID id, Map<String, Object> appointment);

    /** C8, A1: the convocation to the hearing as a PDF in {@code lang}. */
    @GET
    @Path("/contracts/{id}/hearing/convocation")
    @Produces("application/pdf")
    byte[] hearingConvocation(@PathParam("id") UUID id, @QueryParam("lang") String lang);

    /** C8, A1: the hearing for the social worker's calendar; its UID stays when the hearing moves. */
    @GET
    @Path("/contracts/{id}/hearing/convocation")
    @Produces("text/calendar")
    String hearingCalendarEvent(@PathParam("id") UUID id);

    /** A3: the convocation went out on {@code sentOn} (today when absent); the service keeps that very letter. */
    @POST
    @Path("/contracts/{id}/hearing/letters")
    SentLetter hearingConvocationSent(@PathParam("id") UUID id, Map<String, Object> sent);

    @GET
    @Path("/contracts/{id}/hearing/letters")
    Page<SentLetter> hearingLetters(@PathParam("id") UUID id);

    @GET
    @Path("/contracts/{id}/hearing/letters/{letterId}")
    @Produces("application/pdf")
    byte[] hearingLetter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId);

    /** C8: not before the day the hearing was planned for (X9); signing is possible again. */
    @POST
    @Path("/contracts/{id}/hearing/outcome")
    Contract recordHearingOutcome(@PathParam("id") UUID id, Map<String, Object> outcome);

    /** C10: the pending amendment first, then the agreed ones, the latest first. */
    @GET
    @Path("/contracts/{id}/amendments")
    Page<Amendment> amendments(@PathParam("id") UUID id);

    @GET
    @Path("/contracts/{id}/amendments/{amendmentId}")
    Amendment amendment(@PathParam("id") UUID id, @PathParam("amendmentId") UUID amendmentId);

    @POST
    @Path("/contracts/{id}/amendments")
    Amendment proposeAmendment(@PathParam("id") UUID id, Map<String, Object> amendment);

    /** C6, C10: the last agreement needed makes the amendment the contract's next version. */
    @POST
    @Path("/contracts/{id}/amendments/{amendmentId}/agreements")
    Amendment agree(@PathParam("id") UUID id, @PathParam("amendmentId") UUID amendmentId, Map<String, Object> agreement);

    @GET
    @Path("/contracts/{id}/versions")
    Page<ContractVersion> versions(@PathParam("id") UUID id);

    @GET
    @Path("/contracts/{id}/versions/{from}/diff/{to}")
    Page<ContractVersion.Change> diff(@PathParam("id") UUID id, @PathParam("from") int from, @PathParam("to") int to);

    @GET
    @Path("/contracts/{id}/audit")
    AuditTrail contractAudit(@PathParam("id") UUID id);

    @GET
    @Path("/beneficiaries/{id}/audit")
    AuditTrail beneficiaryAudit(@PathParam("id") UUID id);

    @GET
    @Path("/contracts")
    Page<Contract> contracts(@QueryParam("socialWorker") String socialWorker, @QueryParam("beneficiaryId") UUID beneficiaryId,
                             @QueryParam("status") List<String> statuses, @QueryParam("pageSize") int pageSize);
}
