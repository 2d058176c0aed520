package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Beneficiary;
import be.cpas.piis.console.clients.Contract;
import be.cpas.piis.console.clients.ContractsApi;
import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** My caseload: what needs doing among the signed-in social worker's beneficiaries and contracts. */
@Path("/")
public class CaseloadPage {

    private static final int DEADLINE_WINDOW_DAYS = 30;
    private static final int PAGE_SIZE = 50;
    private static final List<String> RUNNING = List.of("draft", "proposed", "active");

    /** A contract of the caseload with the name of its beneficiary. */
    public record CaseloadContract(Contract contract, Beneficiary beneficiary) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caseload(Frame frame, boolean allowed, List<Beneficiary> deadlines, List<CaseloadContract> contracts);
    }

    @Inject
    @RestClient
    ContractsApi contracts;

    @Inject
    SignedInPerson person;

    @Inject
    PageLanguage language;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance caseload() {
        Frame frame = Frame.of(person, language, "/");
        if (!person.isSocialWorker()) {
            return Templates.caseload(frame, false, List.of(), List.of()).setLocale(language.locale());
        }
        List<Beneficiary> deadlines = contracts.beneficiariesWithSigningDeadlineWithin(DEADLINE_WINDOW_DAYS, PAGE_SIZE).items();
        Map<UUID, Beneficiary> beneficiaries = new HashMap<>();
        List<CaseloadContract> mine = contracts.contracts(person.username(), null, RUNNING, PAGE_SIZE).items().stream()
                .map(contract -> new CaseloadContract(contract,
                        beneficiaries.computeIfAbsent(contract.beneficiaryId(), this::beneficiaryOrNull)))
                .toList();
        return Templates.caseload(frame, true, deadlines, mine).setLocale(language.locale());
    }

    private Beneficiary beneficiaryOrNull(UUID id) {
        try {
            return contracts.beneficiary(id);
        } catch (WebApplicationException gone) {
            return null;
        }
    }
}
