package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.Exemption;
import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.Refusals;
import be.cpas.piis.console.signin.BeneficiaryLinks;
import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Finding a beneficiary by NISS or by name (posted, never in a URL), registering one, and a beneficiary's file.
 * Every form works without JavaScript; with it, htmx swaps only the page's content.
 */
@Path("/beneficiaries")
@Produces(MediaType.TEXT_HTML)
public class BeneficiaryPages {

    /** What a person typed into the registration form, shown again with the API's issues when it refused. */
    public record Registration(String ssin, String firstName, String lastName, String birthDate, String language,
                               String risDecisionDate, boolean student, String address) {

        static Registration empty(String language) {
            return new Registration("", "", "", "", language, "", false, "");
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ssin", ssin);
            body.put("firstName", firstName);
            body.put("lastName", lastName);
            body.put("birthDate", Answers.blankToNull(birthDate));
            body.put("language", language);
            body.put("risDecisionDate", Answers.blankToNull(risDecisionDate));
            body.put("student", student);
            // A4: every letter goes to this address; without one, no convocation can be written.
            if (!address.isEmpty()) {
                body.put("contact", Map.of("address", address));
            }
            return body;
        }
    }

    public record Ground(String code, String key) {
    }

    /** C2: what a social worker typed into the exemption form, shown again with the API's issues when it refused. */
    public static class ExemptionDecision {
        @FormParam("ground")
        public String ground = "";
        @FormParam("justification")
        public String justification = "";
        @FormParam("decidedBy")
        public String decidedBy = "";
        @FormParam("decidedOn")
        public String decidedOn = "";

        /** C2's grounds, as the API codes them, with the key of their words. */
        public List<Ground> grounds() {
            return Stream.of("health", "equity", "workingWithComplement")
                    .map(code -> new Ground(code, Exemption.keyOf(code)))
                    .toList();
        }

        Map<String, Object> body(UUID beneficiaryId) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("beneficiaryId", beneficiaryId);
            body.put("ground", Answers.blankToNull(ground));
            body.put("justification", Answers.blankToNull(justification));
            body.put("decidedBy", Answers.blankToNull(decidedBy));
            body.put("decidedOn", Answers.blankToNull(decidedOn));
            return body;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance find(Frame frame, String ssin, Problem problem, boolean notFound, Registration registration,
                                            String name, List<Beneficiary> foundByName);

        static native TemplateInstance register(Frame frame, Registration registration, Problem problem);

        static native TemplateInstance beneficiary(Frame frame, Beneficiary beneficiary, List<Contract> contracts,
                                                   List<Exemption> exemptions, boolean decidesExemptions, ExemptionDecision decision,
                                                   Problem problem);

        static native TemplateInstance link(Frame frame, Beneficiary beneficiary, String url, LocalDate expiresOn);
    }

    @Inject
    @RestClient
    ContractsApi contracts;

    @Inject
    Refusals refusals;

    @Inject
    BeneficiaryLinks links;

    @Inject
    SignedInPerson person;

    @Inject
    PageLanguage language;

    @GET
    @Path("/find")
    public TemplateInstance findForm() {
        return Templates.find(frame("/beneficiaries/find"), "", Problem.none(), false, null, "", null).setLocale(language.locale());
    }

    @POST
    @Path("/find")
    public Response find(@FormParam("ssin") String ssin, @HeaderParam("HX-Request") String htmx) {
        String typed = ssin == null ? "" : ssin.strip();
        try {
            Optional<Beneficiary> found = contracts.search(Map.of("ssin", typed)).items().stream().findFirst();
            if (found.isPresent()) {
                return Answers.seeOther("/beneficiaries/" + found.get().id(), htmx);
            }
            Registration registration = new Registration(typed, "", "", "", language.code(), "", false, "");
            return page(Templates.find(frame("/beneficiaries/find"), typed, Problem.none(), true, registration, "", null));
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return page(Templates.find(frame("/beneficiaries/find"), typed, problem, false, null, "", null), 422);
        }
    }

    /** The beneficiaries of the CPAS whose names begin with the words typed, posted like the NISS. */
    @POST
    @Path("/find-by-name")
    public Response findByName(@FormParam("name") String name) {
        String typed = name == null ? "" : name.strip();
        try {
            List<Beneficiary> found = contracts.search(Map.of("name", typed)).items();
            return page(Templates.find(frame("/beneficiaries/find"), "", Problem.none(), false, null, typed, found));
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return page(Templates.find(frame("/beneficiaries/find"), "", problem, false, null, typed, null), 422);
        }
    }

    @GET
    @Path("/new")
    public TemplateInstance registerForm() {
        person.requireSocialWorker();
        return Templates.register(frame("/beneficiaries/new"), Registration.empty(language.code()), Problem.none()).setLocale(language.locale());
    }

    @POST
    public Response register(@FormParam("ssin") String ssin, @FormParam("firstName") String firstName,
                             @FormParam("lastName") String lastName, @FormParam("birthDate") String birthDate,
                             @FormParam("language") String fileLanguage, @FormParam("risDecisionDate") String risDecisionDate,
                             @FormParam("student") String student, @FormParam("address") String address,
                             @HeaderParam("HX-Request") String htmx) {
        Registration registration = new Registration(strip(ssin), strip(firstName), strip(lastName), strip(birthDate),
                strip(fileLanguage), strip(risDecisionDate), student != null, strip(address));
        try {
            Beneficiary registered = contracts.register(registration.body());
            return Answers.seeOther("/beneficiaries/" + registered.id(), htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return page(Templates.register(frame("/beneficiaries/new"), registration, problem), 422);
        }
    }

    /**
     * The link to the beneficiary's own page, to hand over or send them: it opens their page, and
     * only theirs, without a password until it expires. Only a social worker of their CPAS makes one.
     */
    @POST
    @Path("/{id}/own-page-link")
    public TemplateInstance ownPageLink(@PathParam("id") UUID id, @Context UriInfo uri) {
        if (!person.isSocialWorker()) {
            throw new ForbiddenException();
        }
        Beneficiary beneficiary = contracts.beneficiary(id);
        BeneficiaryLinks.Link link = links.issuedFor(person.cpas(), beneficiary.id());
        String url = uri.getBaseUriBuilder().path("mine").path(links.token(link)).build().toString();
        return Templates.link(frame("/beneficiaries/" + id), beneficiary, url, link.expiresAt().atZone(ZoneId.of("Europe/Brussels")).toLocalDate())
                .setLocale(language.locale());
    }

    /** X4: who changed the beneficiary's file, and when. */
    @GET
    @Path("/{id}/audit")
    public TemplateInstance audit(@PathParam("id") UUID id) {
        Beneficiary beneficiary = contracts.beneficiary(id);
        return AuditTrails.Templates.audit(frame("/beneficiaries/" + id + "/audit"), "beneficiary", beneficiary.name(),
                "/beneficiaries/" + id, contracts.beneficiaryAudit(id), person.subject()).setLocale(language.locale());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance beneficiary(@PathParam("id") UUID id) {
        return file(id, new ExemptionDecision(), Problem.none()).setLocale(language.locale());
    }

    /** C2: the CPAS decides that the beneficiary needs no PIIS; their signing deadline stops. */
    @POST
    @Path("/{id}/exemptions")
    public Response exempt(@PathParam("id") UUID id, @BeanParam ExemptionDecision decision, @HeaderParam("HX-Request") String htmx) {
        try {
            contracts.grantExemption(decision.body(id));
            return Answers.seeOther("/beneficiaries/" + id, htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return page(file(id, decision, problem), 422);
        }
    }

    /** C2: lifting the exemption on {@code liftedOn} (today when blank) restarts C1's three months from that day. */
    @POST
    @Path("/{id}/exemptions/{exemptionId}/lifting")
    public Response lift(@PathParam("id") UUID id, @PathParam("exemptionId") UUID exemptionId, @FormParam("liftedOn") String liftedOn,
                         @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> lifting = new LinkedHashMap<>();
        lifting.put("liftedOn", Answers.blankToNull(liftedOn));
        try {
            contracts.liftExemption(exemptionId, lifting);
            return Answers.seeOther("/beneficiaries/" + id, htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            return page(file(id, new ExemptionDecision(), problem), 422);
        }
    }

    private TemplateInstance file(UUID id, ExemptionDecision decision, Problem problem) {
        Beneficiary beneficiary = contracts.beneficiary(id);
        List<Contract> ofBeneficiary = contracts.contracts(null, id, List.of(), 50).items();
        return Templates.beneficiary(frame("/beneficiaries/" + id), beneficiary, ofBeneficiary, contracts.exemptions(id).items(),
                person.decidesExemptions(), decision, problem);
    }

    private Frame frame(String path) {
        return Frame.of(person, language, path);
    }

    private Response page(TemplateInstance page) {
        return Answers.page(page, language.locale(), 200);
    }

    private Response page(TemplateInstance page, int status) {
        return Answers.page(page, language.locale(), status);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
