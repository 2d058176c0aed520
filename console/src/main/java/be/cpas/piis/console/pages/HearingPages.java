package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.SentLetter;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * C8: a beneficiary who disagrees with the proposed contract asks to be heard by the Council. The
 * social worker records the request, plans the hearing (A1, X6), records the convocation sent (A3)
 * and the outcome; the contract cannot be signed in between. Every refusal shows on the contract's page.
 */
@Path("/contracts/{id}/hearing")
public class HearingPages {

    /** The contract page's section: the hearing if one was asked for, its letters, and whether one can be asked for now. */
    public record Section(Contract.Hearing hearing, List<SentLetter> letters, boolean requestable) {

        public boolean shown() {
            return requestable || hearing != null;
        }

        public boolean awaited() {
            return hearing != null && !hearing.held();
        }

        static Section of(Contract contract, ContractsApi contracts) {
            Contract.Hearing hearing = contract.hearing();
            List<SentLetter> letters = hearing != null && hearing.planned() ? contracts.hearingLetters(contract.id()).items() : List.of();
            return new Section(hearing, letters, contract.isProposed() && hearing == null);
        }
    }

    @Inject
    @RestClient
    ContractsApi contracts;

    @Inject
    ContractPages pages;

    @POST
    public Response request(@PathParam("id") UUID id, @FormParam("requestedOn") String requestedOn, @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> request = dated("requestedOn", requestedOn);
        return pages.act(id, () -> contracts.requestHearing(id, request), htmx, request);
    }

    @POST
    @Path("/appointment")
    public Response plan(@PathParam("id") UUID id, @FormParam("plannedOn") String plannedOn, @FormParam("startsAt") String startsAt,
                         @FormParam("place") String place, @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("plannedOn", Answers.blankToNull(plannedOn));
        appointment.put("startsAt", Answers.blankToNull(startsAt));
        appointment.put("place", Answers.blankToNull(place));
        return pages.act(id, () -> contracts.planHearing(id, appointment), htmx, appointment);
    }

    /** A1: the convocation as the beneficiary receives it, in the beneficiary's language. */
    @GET
    @Path("/convocation")
    @Produces("application/pdf")
    public Response convocation(@PathParam("id") UUID id) {
        String language = contracts.beneficiary(contracts.contract(id).beneficiaryId()).language();
        return Answers.pdf(contracts.hearingConvocation(id, language), "hearing-" + id + ".pdf");
    }

    @GET
    @Path("/calendar")
    @Produces("text/calendar")
    public Response calendarEvent(@PathParam("id") UUID id) {
        return Answers.calendar(contracts.hearingCalendarEvent(id), "hearing-" + id + ".ics");
    }

    /** A3: the convocation went out on {@code sentOn} (today when blank), in the beneficiary's language. */
    @POST
    @Path("/letters")
    public Response convocationSent(@PathParam("id") UUID id, @FormParam("sentOn") String sentOn, @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> sent = dated("sentOn", sentOn);
        return pages.act(id, () -> contracts.hearingConvocationSent(id, sent), htmx, sent);
    }

    /** A3: a convocation exactly as it was sent. */
    @GET
    @Path("/letters/{letterId}")
    @Produces("application/pdf")
    public Response sentLetter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
        return Answers.pdf(contracts.hearingLetter(id, letterId), "hearing-convocation-" + letterId + ".pdf");
    }

    @POST
    @Path("/outcome")
    public Response outcome(@PathParam("id") UUID id, @FormParam("heldOn") String heldOn, @FormParam("outcome") String outcome,
                            @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> recorded = dated("heldOn", heldOn);
        recorded.put("outcome", Answers.blankToNull(outcome));
        return pages.act(id, () -> contracts.recordHearingOutcome(id, recorded), htmx, recorded);
    }

    private static Map<String, Object> dated(String name, String day) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, Answers.blankToNull(day));
        return body;
    }
}
