package be.cpas.piis.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.cpas.piis.clients.contracts.api.BeneficiariesApi;
import be.cpas.piis.clients.contracts.api.ContractsApi;
import be.cpas.piis.clients.contracts.model.BeneficiaryView;
import be.cpas.piis.clients.contracts.model.ContactDto;
import be.cpas.piis.clients.contracts.model.ContractStatus;
import be.cpas.piis.clients.contracts.model.ContractType;
import be.cpas.piis.clients.contracts.model.ContractView;
import be.cpas.piis.clients.contracts.model.GoalKind;
import be.cpas.piis.clients.contracts.model.Language;
import be.cpas.piis.clients.contracts.model.NewBeneficiary;
import be.cpas.piis.clients.contracts.model.NewCommitment;
import be.cpas.piis.clients.contracts.model.NewContract;
import be.cpas.piis.clients.contracts.model.NewGoal;
import be.cpas.piis.clients.contracts.model.NewSignature;
import be.cpas.piis.clients.contracts.model.NewStep;
import be.cpas.piis.clients.contracts.model.Party;
import be.cpas.piis.clients.contracts.model.Proposal;
import be.cpas.piis.clients.evaluations.api.EvaluationsApi;
import be.cpas.piis.clients.evaluations.model.Attendance;
import be.cpas.piis.clients.evaluations.model.EvaluationRecord;
import be.cpas.piis.clients.evaluations.model.EvaluationStatus;
import be.cpas.piis.clients.evaluations.model.EvaluationView;
import be.cpas.piis.clients.sanctions.api.BreachesApi;
import be.cpas.piis.clients.sanctions.model.BreachStatus;
import be.cpas.piis.clients.sanctions.model.BreachView;
import be.cpas.piis.clients.sanctions.model.Decision;
import be.cpas.piis.clients.sanctions.model.DecisionKind;
import be.cpas.piis.clients.sanctions.model.FormalNotice;
import be.cpas.piis.clients.sanctions.model.Opinion;
import be.cpas.piis.clients.transfers.api.TransfersApi;
import be.cpas.piis.clients.transfers.model.NewTransfer;
import be.cpas.piis.clients.transfers.model.TransferView;
import be.cpas.piis.testsupport.DevTokens;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Another CPAS's system builds on the OpenAPI documents alone: a Java client is generated from each
 * service's document as the build wrote it (openapi-generator, in this module's build), and a
 * contract's life is walked through those clients only. Every answer is read strictly (a field, code
 * or status the document does not say fails), so the documents cannot drift from the API. Only the
 * development clock, which is no part of the API, is moved by plain HTTP.
 */
class GeneratedClientsTest {

    private static final String BRUSSELS = "21004";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static Platform platform;
    private static SocialWorker clocks;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.deployment("clients", Platform.SERVICES).start();
        clocks = new SocialWorker(platform, BRUSSELS);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            clocks.moveClocksTo(LocalDate.now(ZoneId.of("Europe/Brussels")));
            platform.close();
        }
    }

    @Test
    void X8_a_client_generated_from_the_documents_walks_a_contract_from_registration_to_a_transfer() throws Exception {
        BeneficiariesApi beneficiaries = new BeneficiariesApi(contracts("SOCIAL_WORKER"));
        ContractsApi contracts = new ContractsApi(contracts("SOCIAL_WORKER"));
        EvaluationsApi evaluations = new EvaluationsApi(client(be.cpas.piis.clients.evaluations.ApiClient::new, Platform.EVALUATIONS,
                "SOCIAL_WORKER"));
        BreachesApi breachesOfWorker = new BreachesApi(client(be.cpas.piis.clients.sanctions.ApiClient::new, "sanctions-service",
                "SOCIAL_WORKER"));
        BreachesApi breachesOfCouncil = new BreachesApi(client(be.cpas.piis.clients.sanctions.ApiClient::new, "sanctions-service",
                "COUNCIL"));
        TransfersApi transfers = new TransfersApi(client(be.cpas.piis.clients.transfers.ApiClient::new, Platform.TRANSFERS,
                "SOCIAL_WORKER"));

        BeneficiaryView beneficiary = beneficiaries.createBeneficiary(new NewBeneficiary().ssin("92061512343")
                .firstName("Ana").lastName("Peeters").birthDate(LocalDate.of(1992, 6, 15)).language(Language.FR)
                .risDecisionDate(LocalDate.of(2026, 11, 2)).contact(new ContactDto().address(SocialWorker.ADDRESS)));
        ContractView drafted = contracts.createContract(new NewContract().beneficiaryId(beneficiary.getId()).type(ContractType.GENERAL)
                .startDate(LocalDate.of(2026, 12, 1)).endDate(LocalDate.of(2027, 11, 30))
                .referentWorker("Marie Dubois").replacementWorker("Jan Claes")
                .goals(List.of(new NewGoal().kind(GoalKind.PROFESSIONAL).title("Find a job in logistics")
                        .steps(List.of(new NewStep().description("Register with Actiris").responsible(Party.BENEFICIARY)
                                .dueDate(LocalDate.of(2026, 12, 15))))))
                .commitments(List.of(new NewCommitment().party(Party.CPAS).description("Pay the enrolment fee of the forklift training"))));
        assertThat(drafted.getStatus()).isEqualTo(ContractStatus.DRAFT);
        UUID contractId = drafted.getId();
        ContractView proposed = contracts.postContractProposal(contractId, new Proposal());
        assertThat(proposed.getStatus()).isEqualTo(ContractStatus.PROPOSED);

        assertThatThrownBy(() -> contracts.createContractSignature(contractId, new NewSignature().party(Party.BENEFICIARY)))
                .isInstanceOfSatisfying(be.cpas.piis.clients.contracts.ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(422);
                    assertThat(refused.getResponseBody()).contains("\"rule\":\"C7\"");
                });

        clocks.moveClocksPastReflection(contractId.toString());
        contracts.createContractSignature(contractId, new NewSignature().party(Party.BENEFICIARY));
        assertThat(contracts.createContractSignature(contractId, new NewSignature().party(Party.CPAS)).getStatus())
                .isEqualTo(ContractStatus.ACTIVE);

        List<EvaluationView> plan = await().atMost(PATIENCE).until(() -> evaluations.listEvaluations(contractId.toString(), null, null,
                null, null, null, null, null, null, null, null).getItems(), items -> items.size() >= 3);
        EvaluationView first = plan.get(0);
        clocks.moveClocksTo(first.getPlannedOn());
        EvaluationView missed = evaluations.postEvaluationRecord(first.getId(), new EvaluationRecord().attendance(Attendance.ABSENT));
        assertThat(missed.getStatus()).isEqualTo(EvaluationStatus.MISSED);

        BreachView opened = await().atMost(PATIENCE).until(() -> breachesOfWorker.listBreaches(contractId.toString(), null, null, null)
                .getItems(), items -> !items.isEmpty()).get(0);
        assertThat(opened.getStatus()).isEqualTo(BreachStatus.OPEN);
        BreachView noticed = breachesOfWorker.postBreachFormalNotice(opened.getId(),
                new FormalNotice().expected("Come to the next evaluation, or tell us why you cannot"));
        assertThat(noticed.getStatus()).isEqualTo(BreachStatus.NOTICE_SENT);
        clocks.moveClocksTo(noticed.getFormalNotice().getRespondBy().plusDays(1));
        breachesOfWorker.postBreachOpinion(opened.getId(), new Opinion().opinion("First absence; she had no childcare that day"));
        BreachView decided = breachesOfCouncil.postBreachDecision(opened.getId(), new Decision().decision(DecisionKind.NO_SANCTION)
                .reasons("A first absence, explained at the hearing of the social worker"));
        assertThat(decided.getDecision().getDecision()).isEqualTo(DecisionKind.NO_SANCTION);

        TransferView transfer = transfers.createTransfer(new NewTransfer().contractId(contractId).newMunicipality("62063")
                .movedOn(decided.getDecision().getDecidedOn()));
        assertThat(transfer.getContractId()).isEqualTo(contractId);
    }

    private static be.cpas.piis.clients.contracts.ApiClient contracts(String role) {
        return client(be.cpas.piis.clients.contracts.ApiClient::new, Platform.CONTRACTS, role);
    }

    /**
     * A generated client of {@code service} with a token of Brussels for {@code role}, reading answers
     * strictly. The four generated ApiClient classes share no type, hence the cases.
     */
    private static <C> C client(Supplier<C> generated, String service, String role) {
        C client = generated.get();
        Consumer<HttpRequest.Builder> token = request -> request.header("Authorization", "Bearer " + DevTokens.forCpas(BRUSSELS, role));
        ObjectMapper strict = be.cpas.piis.clients.contracts.ApiClient.createDefaultObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        String url = platform.url(service);
        if (client instanceof be.cpas.piis.clients.contracts.ApiClient contracts) {
            contracts.setObjectMapper(strict).setRequestInterceptor(token).updateBaseUri(url);
        } else if (client instanceof be.cpas.piis.clients.evaluations.ApiClient evaluations) {
            evaluations.setObjectMapper(strict).setRequestInterceptor(token).updateBaseUri(url);
        } else if (client instanceof be.cpas.piis.clients.sanctions.ApiClient sanctions) {
            sanctions.setObjectMapper(strict).setRequestInterceptor(token).updateBaseUri(url);
        } else if (client instanceof be.cpas.piis.clients.transfers.ApiClient transfers) {
            transfers.setObjectMapper(strict).setRequestInterceptor(token).updateBaseUri(url);
        }
        return client;
    }
}
