package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.InterviewRequest;
import be.cpas.piis.console.clients.InterviewsApi;
import be.cpas.piis.console.clients.MeetingsApi;
import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.SentLetter;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * E3: a beneficiary asks for an interview, which must take place within 5 working days. The social
 * worker sets it (A1: a working day, a time, a place; after the deadline it is accepted and flagged),
 * convokes and records it. The contract's page lists its requests and records a new one.
 */
@Path("/interviews")
@Produces(MediaType.TEXT_HTML)
public class InterviewPages extends MeetingPages {

    /** The contract page's section: an active contract's interview requests; {@code unavailable} when evaluation-service did not answer. */
    public record Section(boolean shown, List<InterviewRequest> requests, boolean unavailable) {

        static Section of(Contract contract, InterviewsApi interviews) {
            if (!contract.isActive()) {
                return new Section(false, List.of(), false);
            }
            try {
                return new Section(true, interviews.ofContract(contract.id(), CONTRACT_PAGE).items(), false);
            } catch (WebApplicationException | ProcessingException unanswered) {
                LOG.warnf("The interview requests of contract %s could not be read: %s", contract.id(), unanswered.getMessage());
                return new Section(true, List.of(), true);
            }
        }
    }

    private static final Logger LOG = Logger.getLogger(InterviewPages.class);
    private static final int CONTRACT_PAGE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance interview(Frame frame, InterviewRequest interview, Contract contract, Beneficiary beneficiary,
                                                 List<SentLetter> letters, Problem problem);
    }

    @Inject
    @RestClient
    InterviewsApi interviews;

    @Inject
    @RestClient
    ContractsApi contracts;

    @Inject
    ContractPages contractPages;

    @Inject
    SignedInPerson person;

    /** E3: the request, made on {@code requestedOn} (today when blank); refused, the contract's page says why. */
    @POST
    public Response request(@FormParam("contractId") UUID contractId, @FormParam("requestedOn") String requestedOn,
                            @FormParam("reason") String reason, @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("contractId", contractId);
        request.put("requestedOn", Answers.blankToNull(requestedOn));
        request.put("reason", Answers.blankToNull(reason));
        try {
            InterviewRequest made = interviews.request(request);
            return Answers.seeOther("/interviews/" + made.id(), htmx);
        } catch (WebApplicationException refused) {
            return contractPages.refused(contractId, refused, request);
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance interview(@PathParam("id") UUID id) {
        return page(interviews.interview(id), Problem.none()).setLocale(language.locale());
    }

    @POST
    @Path("/{id}/appointment")
    public Response schedule(@PathParam("id") UUID id, @FormParam("plannedOn") String plannedOn, @FormParam("startsAt") String startsAt,
                             @FormParam("place") String place, @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("plannedOn", Answers.blankToNull(plannedOn));
        appointment.put("startsAt", Answers.blankToNull(startsAt));
        appointment.put("place", Answers.blankToNull(place));
        return act(id, () -> interviews.schedule(id, appointment), htmx);
    }

    @POST
    @Path("/{id}/record")
    public Response hold(@PathParam("id") UUID id, @FormParam("heldOn") String heldOn, @FormParam("notes") String notes,
                         @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("heldOn", Answers.blankToNull(heldOn));
        held.put("notes", Answers.blankToNull(notes));
        return act(id, () -> interviews.hold(id, held), htmx);
    }

    private Response act(UUID id, Supplier<?> action, String htmx) {
        try {
            action.get();
            return Answers.seeOther(pathOf(id), htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return Answers.page(refusedPage(id, problem), language.locale(), 422);
        }
    }

    @Override
    MeetingsApi meetings() {
        return interviews;
    }

    @Override
    String kind() {
        return "interview";
    }

    @Override
    String pathOf(UUID id) {
        return "/interviews/" + id;
    }

    @Override
    String beneficiaryLanguageOf(UUID id) {
        return contracts.beneficiary(contracts.contract(interviews.interview(id).contractId()).beneficiaryId()).language();
    }

    @Override
    TemplateInstance refusedPage(UUID id, Problem problem) {
        return page(interviews.interview(id), problem);
    }

    private TemplateInstance page(InterviewRequest interview, Problem problem) {
        Contract contract = contracts.contract(interview.contractId());
        return Templates.interview(Frame.of(person, language, "/interviews/" + interview.id()), interview, contract,
                contracts.beneficiary(contract.beneficiaryId()), interviews.letters(interview.id()).items(), problem);
    }
}
