package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.clients.CpasApi;
import be.cpas.piis.console.clients.IncomingTransfer;
import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.Refusals;
import be.cpas.piis.console.clients.Transfer;
import be.cpas.piis.console.clients.TransfersApi;
import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Transfers (T1-T6): a social worker records a beneficiary's move from the contract's page (refused
 * for a student's contract during studies, T4; with the beneficiary's refusal, only the fact of the
 * move goes, T3) and follows its delivery, retried until the new CPAS has it (T5); the new CPAS reads
 * the dossier and decides the take-over, full, partial with the goals it keeps, or none, with its
 * reasons (T2); a dossier that reached the wrong CPAS shows its forwarding (T6).
 */
@Path("/transfers")
@Produces(MediaType.TEXT_HTML)
public class TransferPages {

    private static final int LIST_SIZE = 100;

    /** A CPAS of the directory by its NIS code, with its name where the directory answered. */
    public record NamedCpas(String nisCode, String name) {
    }

    public record ListedOutgoing(Transfer transfer, NamedCpas to) {
    }

    public record ListedIncoming(IncomingTransfer transfer, NamedCpas from) {
    }

    /** What was typed into the take-over form when the API refused it. */
    public record TakeOverForm(String takeOver, List<String> goals, String reasons, String startDate, String endDate, String risDecisionDate) {

        static final TakeOverForm BLANK = new TakeOverForm("full", List.of(), "", "", "", "");

        public boolean keeps(String goal) {
            return goals.contains(goal);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance transfers(Frame frame, List<ListedOutgoing> outgoing, List<ListedIncoming> incoming);

        static native TemplateInstance transfer(Frame frame, Transfer transfer, NamedCpas to, String beneficiaryName);

        static native TemplateInstance incoming(Frame frame, IncomingTransfer transfer, NamedCpas from, TakeOverForm form, Problem problem);
    }

    @Inject
    @RestClient
    TransfersApi transfers;

    @Inject
    @RestClient
    CpasApi directory;

    @Inject
    @RestClient
    ContractsApi contracts;

    @Inject
    ContractPages contractPages;

    @Inject
    Refusals refusals;

    @Inject
    SignedInPerson person;

    @Inject
    PageLanguage language;

    @GET
    public TemplateInstance list() {
        Map<String, NamedCpas> names = new HashMap<>();
        List<ListedOutgoing> outgoing = transfers.outgoing(LIST_SIZE).items().stream()
                .map(transfer -> new ListedOutgoing(transfer, names.computeIfAbsent(transfer.toCpas(), this::named))).toList();
        List<ListedIncoming> incoming = transfers.incoming(LIST_SIZE).items().stream()
                .map(transfer -> new ListedIncoming(transfer, names.computeIfAbsent(transfer.fromCpas(), this::named))).toList();
        return Templates.transfers(frame("/transfers"), outgoing, incoming).setLocale(language.locale());
    }

    /** T1, T3, T4: the move recorded from the contract's page; refused, the contract's page says why beside what was typed. */
    @POST
    public Response start(@FormParam("contractId") UUID contractId, @FormParam("newMunicipality") String newMunicipality,
                          @FormParam("movedOn") String movedOn, @FormParam("beneficiaryRefusal") String beneficiaryRefusal,
                          @FormParam("studiesEndedOn") String studiesEndedOn, @HeaderParam("HX-Request") String htmx) {
        Map<String, Object> transfer = new LinkedHashMap<>();
        transfer.put("contractId", contractId);
        transfer.put("newMunicipality", Answers.blankToNull(newMunicipality));
        transfer.put("movedOn", Answers.blankToNull(movedOn));
        transfer.put("beneficiaryRefusal", beneficiaryRefusal != null);
        transfer.put("studiesEndedOn", Answers.blankToNull(studiesEndedOn));
        try {
            return Answers.seeOther("/transfers/" + transfers.start(transfer).id(), htmx);
        } catch (WebApplicationException refused) {
            Map<String, Object> typed = new HashMap<>(transfer);
            typed.put("beneficiaryRefusal", beneficiaryRefusal != null ? "on" : "");
            return contractPages.refused(contractId, refused, typed);
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance transfer(@PathParam("id") UUID id) {
        Transfer transfer = transfers.transfer(id);
        return Templates.transfer(frame("/transfers/" + id), transfer, named(transfer.toCpas()),
                contracts.beneficiary(contracts.contract(transfer.contractId()).beneficiaryId()).name()).setLocale(language.locale());
    }

    /** X4: every change of the transfer. */
    @GET
    @Path("/{id}/audit")
    public TemplateInstance audit(@PathParam("id") UUID id) {
        Transfer transfer = transfers.transfer(id);
        String name = contracts.beneficiary(contracts.contract(transfer.contractId()).beneficiaryId()).name();
        return AuditTrails.Templates.audit(frame("/transfers/" + id + "/audit"), "transfer", name, "/transfers/" + id,
                transfers.transferAudit(id), person.subject()).setLocale(language.locale());
    }

    @GET
    @Path("/incoming/{id}")
    public TemplateInstance incoming(@PathParam("id") UUID id) {
        IncomingTransfer transfer = transfers.incomingTransfer(id);
        return Templates.incoming(frame("/transfers/incoming/" + id), transfer, named(transfer.fromCpas()), TakeOverForm.BLANK, Problem.none())
                .setLocale(language.locale());
    }

    /** T2: the take-over decided; a full or partial one opens the draft contract it made at this CPAS. */
    @POST
    @Path("/incoming/{id}/takeOver")
    public Response takeOver(@PathParam("id") UUID id, @FormParam("takeOver") String takeOver, @FormParam("goals") List<String> goals,
                             @FormParam("reasons") String reasons, @FormParam("startDate") String startDate,
                             @FormParam("endDate") String endDate, @FormParam("risDecisionDate") String risDecisionDate,
                             @HeaderParam("HX-Request") String htmx) {
        TakeOverForm form = new TakeOverForm(Objects.requireNonNullElse(takeOver, ""), goals == null ? List.of() : List.copyOf(goals),
                Objects.requireNonNullElse(reasons, ""), Objects.requireNonNullElse(startDate, ""), Objects.requireNonNullElse(endDate, ""),
                Objects.requireNonNullElse(risDecisionDate, ""));
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("takeOver", Answers.blankToNull(form.takeOver()));
        decision.put("goals", "partial".equals(form.takeOver()) ? form.goals() : null);
        decision.put("reasons", Answers.blankToNull(form.reasons()));
        decision.put("startDate", Answers.blankToNull(form.startDate()));
        decision.put("endDate", Answers.blankToNull(form.endDate()));
        decision.put("risDecisionDate", Answers.blankToNull(form.risDecisionDate()));
        try {
            IncomingTransfer decided = transfers.takeOver(id, decision);
            return Answers.seeOther(decided.draftContractId() == null ? "/transfers/incoming/" + id : "/contracts/" + decided.draftContractId(),
                    htmx);
        } catch (WebApplicationException refused) {
            Problem problem = refusals.of(refused).orElseThrow(() -> refused);
            IncomingTransfer transfer = transfers.incomingTransfer(id);
            return Answers.page(Templates.incoming(frame("/transfers/incoming/" + id), transfer, named(transfer.fromCpas()), form, problem),
                    language.locale(), 422);
        }
    }

    private NamedCpas named(String nisCode) {
        try {
            return new NamedCpas(nisCode, directory.cpas(nisCode).name());
        } catch (WebApplicationException | ProcessingException unknown) {
            return new NamedCpas(nisCode, null);
        }
    }

    private Frame frame(String path) {
        return Frame.of(person, language, path);
    }
}
