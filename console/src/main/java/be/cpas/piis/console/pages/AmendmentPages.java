package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Amendment;
import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.ContractVersion;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.Refusals;
import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * C10: amending an active contract. A social worker proposes the whole new content, starting from
 * the contract as it stands; every party agrees (C6), the last agreement makes the next version,
 * and the changes between two versions are shown in words.
 */
@Path("/contracts/{id}/amendments")
@Produces(MediaType.TEXT_HTML)
public class AmendmentPages {

    /** The contract page's section: its amendments, whether one can be proposed, whether there are versions to compare. */
    public record Section(List<Amendment> amendments, boolean proposable, boolean comparable) {

        public boolean shown() {
            return proposable || !amendments.isEmpty();
        }

        static Section of(Contract contract, ContractsApi contracts) {
            List<Amendment> amendments = contract.isActive() || contract.version() > 1 ? contracts.amendments(contract.id()).items() : List.of();
            boolean pending = amendments.stream().anyMatch(Amendment::pending);
            return new Section(amendments, contract.isActive() && !pending, contract.version() > 1);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proposal(Frame frame, Contract contract, Beneficiary beneficiary, AmendmentForm form, Problem problem);

        static native TemplateInstance amendment(Frame frame, Contract contract, Beneficiary beneficiary, Amendment amendment,
                                                 List<SigningParty> toAgree, Problem problem);

        static native TemplateInstance diff(Frame frame, Contract contract, Beneficiary beneficiary, List<ContractVersion> versions,
                                            int from, int to, List<VersionDiff.Row> rows);
    }

    @Inject
    @RestClient
    ContractsApi contracts;

    @Inject
    Refusals refusals;

    @Inject
    SignedInPerson person;

    @Inject
    PageLanguage language;

    @GET
    @Path("/new")
    public TemplateInstance proposalForm(@PathParam("id") UUID id) {
        person.requireSocialWorker();
        Contract contract = contracts.contract(id);
        return proposal(contract, AmendmentForm.of(contract), Problem.none()).setLocale(language.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") UUID id, MultivaluedMap<String, String> typed, @HeaderParam("HX-Request") String htmx) {
        Contract contract = contracts.contract(id);
        AmendmentForm form = AmendmentForm.typed(contract, typed);
        try {
            Amendment proposed = contracts.proposeAmendment(id, form.body());
            return Answers.seeOther("/contracts/" + id + "/amendments/" + proposed.id(), htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return Answers.page(proposal(contract, form, problem), language.locale(), 422);
        }
    }

    /** What changed from version {@code from} to version {@code to}; by default, what the last amendment changed. */
    @GET
    @Path("/diff")
    public TemplateInstance diff(@PathParam("id") UUID id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        Contract contract = contracts.contract(id);
        int until = to == null ? contract.version() : to;
        int since = from == null ? Math.max(1, until - 1) : from;
        List<VersionDiff.Row> rows = VersionDiff.rows(contracts.diff(id, since, until).items());
        return Templates.diff(frame(id, "/amendments/diff?from=" + since + "&to=" + until), contract,
                contracts.beneficiary(contract.beneficiaryId()), contracts.versions(id).items(), since, until, rows)
                .setLocale(language.locale());
    }

    @GET
    @Path("/{amendmentId}")
    public TemplateInstance amendment(@PathParam("id") UUID id, @PathParam("amendmentId") UUID amendmentId) {
        return amendmentPage(contracts.contract(id), amendmentId, Problem.none()).setLocale(language.locale());
    }

    /** C6: a party's agreement on {@code agreedOn} (today when blank); {@code party} is {@code partner:<id>} for a partner. */
    @POST
    @Path("/{amendmentId}/agreements")
    public Response agree(@PathParam("id") UUID id, @PathParam("amendmentId") UUID amendmentId, @FormParam("party") String party,
                          @FormParam("agreedOn") String agreedOn, @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> agreement = new LinkedHashMap<>();
        SigningParty.putInto(agreement, party);
        agreement.put("agreedOn", Answers.blankToNull(agreedOn));
        try {
            contracts.agree(id, amendmentId, agreement);
            return Answers.seeOther("/contracts/" + id + "/amendments/" + amendmentId, htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return Answers.page(amendmentPage(contracts.contract(id), amendmentId, problem), language.locale(), 422);
        }
    }

    private TemplateInstance proposal(Contract contract, AmendmentForm form, Problem problem) {
        return Templates.proposal(frame(contract.id(), "/amendments/new"), contract, contracts.beneficiary(contract.beneficiaryId()),
                form, problem);
    }

    private TemplateInstance amendmentPage(Contract contract, UUID amendmentId, Problem problem) {
        Amendment amendment = contracts.amendment(contract.id(), amendmentId);
        return Templates.amendment(frame(contract.id(), "/amendments/" + amendmentId), contract,
                contracts.beneficiary(contract.beneficiaryId()), amendment, SigningParty.stillToAct(contract, amendment::agreedBy), problem);
    }

    private Frame frame(UUID contractId, String path) {
        return Frame.of(person, language, "/contracts/" + contractId + path);
    }
}
