package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.StudentResult;
import be.cpas.piis.console.clients.StudentResultsApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * E7: a student communicates the results of each exam session within 7 working days of their
 * publication. The page of a student's contract lists them, records a publication and, later, the
 * day the student handed them in; evaluation-service computes the deadline and flags a late one.
 */
@Path("/student-results")
@Produces(MediaType.TEXT_HTML)
public class StudentResultPages {

    private static final Logger LOG = Logger.getLogger(StudentResultPages.class);
    private static final int CONTRACT_PAGE = 100;

    /** The contract page's section: a running student contract's results; {@code unavailable} when evaluation-service did not answer. */
    public record Section(boolean shown, List<StudentResult> results, boolean unavailable) {

        static Section of(Contract contract, StudentResultsApi results) {
            if (!contract.isActive() || !contract.isStudent()) {
                return new Section(false, List.of(), false);
            }
            try {
                return new Section(true, results.ofContract(contract.id(), CONTRACT_PAGE).items(), false);
            } catch (WebApplicationException | ProcessingException unanswered) {
                LOG.warnf("The student results of contract %s could not be read: %s", contract.id(), unanswered.getMessage());
                return new Section(true, List.of(), true);
            }
        }
    }

    @Inject
    @RestClient
    StudentResultsApi results;

    @Inject
    ContractPages contractPages;

    /** E7: the results of {@code session} were published on {@code publishedOn}; refused, the contract's page says why. */
    @POST
    public Response published(@FormParam("contractId") UUID contractId, @FormParam("session") String session,
                              @FormParam("publishedOn") String publishedOn, @FormParam("communicatedOn") String communicatedOn,
                              @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("contractId", contractId);
        published.put("session", Answers.blankToNull(session));
        published.put("publishedOn", Answers.blankToNull(publishedOn));
        published.put("communicatedOn", Answers.blankToNull(communicatedOn));
        return contractPages.act(contractId, () -> results.published(published), htmx, published);
    }

    /** E7: the student handed the results in on {@code communicatedOn} (today when blank). */
    @POST
    @Path("/{id}/communication")
    public Response communicated(@PathParam("id") UUID id, @FormParam("communicatedOn") String communicatedOn,
                                 @HeaderParam("HX-Request") String htmx) {
        UUID contractId = results.result(id).contractId();
        Map<String, Object> communication = new LinkedHashMap<>();
        communication.put("communicatedOn", Answers.blankToNull(communicatedOn));
        return contractPages.act(contractId, () -> results.communicated(id, communication), htmx);
    }
}
