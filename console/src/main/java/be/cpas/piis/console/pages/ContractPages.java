package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.InterviewsApi;
import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.Refusals;
import be.cpas.piis.console.clients.StudentResultsApi;
import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A contract's life as a social worker walks it: the draft (goals, steps, partners, what each side
 * commits to), the proposal handed over to the beneficiary, and the signatures with their dates (X9).
 * The API decides; a refusal is shown with its rule in the person's language (C7: "reflects until…").
 */
@Path("/contracts")
@Produces(MediaType.TEXT_HTML)
public class ContractPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance draft(Frame frame, Beneficiary beneficiary, DraftForm form, Problem problem);

        static native TemplateInstance contract(Frame frame, Contract contract, Beneficiary beneficiary, Problem problem, Map<String, ?> typed,
                                                List<SigningParty> toSign, HearingPages.Section hearing, AmendmentPages.Section amendments,
                                                InterviewPages.Section interviews, StudentResultPages.Section results,
                                                ContractFollowUp.PlanSection plan,
                                                ContractFollowUp.BreachSection breaches);

        static native TemplateInstance plan(ContractFollowUp.PlanSection plan);

        static native TemplateInstance breaches(ContractFollowUp.BreachSection breaches);
    }

    @Inject
    @RestClient
    ContractsApi contracts;

    @Inject
    @RestClient
    InterviewsApi interviews;

    @Inject
    @RestClient
    StudentResultsApi results;

    @Inject
    Refusals refusals;

    @Inject
    ContractFollowUp followUp;

    @Inject
    SignedInPerson person;

    @Inject
    PageLanguage language;

    @GET
    @Path("/new")
    public TemplateInstance draftForm(@QueryParam("beneficiary") UUID beneficiaryId) {
        person.requireSocialWorker();
        return draftPage(beneficiaryId, DraftForm.blank(LocalDate.now().plusWeeks(1), person.username()), Problem.none())
                .setLocale(language.locale());
    }

    /** Drafts the contract; or, when the form's add button was pressed, shows the form again with one more row. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draft(MultivaluedMap<String, String> typed, @HeaderParam("HX-Request") String htmx) {
        UUID beneficiaryId = beneficiaryOf(typed.getFirst("beneficiaryId"));
        DraftForm form = DraftForm.typed(typed);
        String adding = typed.getFirst(DraftForm.ADD);
        if (adding != null) {
            return Answers.page(draftPage(beneficiaryId, form.withRowAdded(adding), Problem.none()), language.locale(), 200);
        }
        DraftForm sent = form.compacted();
        try {
            Contract drafted = contracts.draft(sent.body(beneficiaryId));
            return Answers.seeOther("/contracts/" + drafted.id(), htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return Answers.page(draftPage(beneficiaryId, sent, problem), language.locale(), 422);
        }
    }

    private static UUID beneficiaryOf(String id) {
        try {
            return UUID.fromString(String.valueOf(id));
        } catch (IllegalArgumentException notAnId) {
            throw new BadRequestException("beneficiaryId is not an id");
        }
    }

    private TemplateInstance draftPage(UUID beneficiaryId, DraftForm form, Problem problem) {
        return Templates.draft(frame("/contracts/new?beneficiary=" + beneficiaryId), contracts.beneficiary(beneficiaryId), form, problem);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance contract(@PathParam("id") UUID id) {
        return contractPage(contracts.contract(id), Problem.none()).setLocale(language.locale());
    }

    /** C9: the beneficiary's copy, in the beneficiary's language. */
    @GET
    @Path("/{id}/document")
    @Produces("application/pdf")
    public Response document(@PathParam("id") UUID id) {
        Contract contract = contracts.contract(id);
        Beneficiary beneficiary = contracts.beneficiary(contract.beneficiaryId());
        return Answers.pdf(contracts.document(id, beneficiary.language()), "piis-" + id + ".pdf");
    }

    /** X4: who changed the contract, and when. */
    @GET
    @Path("/{id}/audit")
    public TemplateInstance audit(@PathParam("id") UUID id) {
        Contract contract = contracts.contract(id);
        Beneficiary beneficiary = contracts.beneficiary(contract.beneficiaryId());
        return AuditTrails.Templates.audit(frame("/contracts/" + id + "/audit"), "contract", beneficiary.name(),
                "/contracts/" + id, contracts.contractAudit(id), person.subject()).setLocale(language.locale());
    }

    /** The plan's section alone, which the page asks for again while the plan is being made (htmx). */
    @GET
    @Path("/{id}/evaluations")
    public Response plan(@PathParam("id") UUID id, @HeaderParam("HX-Request") String htmx) {
        if (htmx == null) {
            return Response.seeOther(URI.create("/contracts/" + id)).build();
        }
        return Answers.page(Templates.plan(followUp.plan(contracts.contract(id))), language.locale(), 200);
    }

    /** The breach cases' section alone, asked for again while a missed evaluation's case is being opened (htmx). */
    @GET
    @Path("/{id}/breaches")
    public Response breaches(@PathParam("id") UUID id, @HeaderParam("HX-Request") String htmx) {
        if (htmx == null) {
            return Response.seeOther(URI.create("/contracts/" + id)).build();
        }
        return Answers.page(Templates.breaches(followUp.breaches(followUp.plan(contracts.contract(id)))), language.locale(), 200);
    }

    @POST
    @Path("/{id}/proposal")
    public Response propose(@PathParam("id") UUID id, @FormParam("handedOverOn") String handedOverOn, @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("handedOverOn", Answers.blankToNull(handedOverOn));
        return act(id, () -> contracts.propose(id, proposal), htmx, proposal);
    }

    @POST
    @Path("/{id}/signatures")
    public Response sign(@PathParam("id") UUID id, @FormParam("party") String party, @FormParam("signedOn") String signedOn,
                         @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> signature = new LinkedHashMap<>();
        SigningParty.putInto(signature, party);
        signature.put("signedOn", Answers.blankToNull(signedOn));
        Map<String, Object> typed = Map.of("party", party == null ? "" : party, "signedOn", signedOn == null ? "" : signedOn);
        return act(id, () -> contracts.sign(id, signature), htmx, typed);
    }

    /** Does what the person asked of the contract; the contract again, with the API's refusal when it refused. */
    Response act(UUID id, Supplier<?> action, String htmx) {
        return act(id, action, htmx, Map.of());
    }

    /** The same, the form that was refused showing again what the person typed ({@code typed}, by field name). */
    Response act(UUID id, Supplier<?> action, String htmx, Map<String, ?> typed) {
        try {
            action.get();
            return Answers.seeOther("/contracts/" + id, htmx);
        } catch (WebApplicationException refused) {
            return refused(id, refused, typed);
        }
    }

    /** The contract's page again, with what an API refused of it and what the person typed in the form it refused. */
    Response refused(UUID id, WebApplicationException refused, Map<String, ?> typed) {
        Problem problem = refusals.of(refused).orElseThrow(() -> refused);
        return Answers.page(contractPage(contracts.contract(id), problem, typed), language.locale(), 422);
    }

    private TemplateInstance contractPage(Contract contract, Problem problem) {
        return contractPage(contract, problem, Map.of());
    }

    private TemplateInstance contractPage(Contract contract, Problem problem, Map<String, ?> typed) {
        ContractFollowUp.PlanSection plan = followUp.plan(contract);
        return Templates.contract(frame("/contracts/" + contract.id()), contract, contracts.beneficiary(contract.beneficiaryId()), problem, typed,
                SigningParty.stillToAct(contract, contract::signedBy), HearingPages.Section.of(contract, contracts), AmendmentPages.Section.of(contract, contracts),
                InterviewPages.Section.of(contract, interviews), StudentResultPages.Section.of(contract, results), plan, followUp.breaches(plan));
    }

    private Frame frame(String path) {
        return Frame.of(person, language, path);
    }
}
