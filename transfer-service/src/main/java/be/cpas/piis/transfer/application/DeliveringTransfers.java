package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.transfer.domain.Dossier;
import be.cpas.piis.transfer.domain.OutgoingTransfer;
import be.cpas.piis.transfer.persistence.OutgoingTransferRepository;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * T1, T3, T5: sends each requested transfer to the competent CPAS until it acknowledges it. The
 * dossier is read from contracts-service once and kept before it is first sent; a CPAS of this
 * deployment receives it directly, another CPAS's system over HTTP with the transfer id as
 * {@code Idempotency-Key}, so that a retry after a lost answer changes nothing there. No
 * transaction is held across a call: a transfer is taken in a short one (its next attempt put off
 * by a lease, so that other replicas leave it), sent outside any, and the outcome recorded in
 * another short one: the acknowledgement closes the contract here (TransferCompleted), a failure
 * waits its back-off, whatever the call left behind. A replica that stops meanwhile loses nothing:
 * the transfer is due again once the lease ends.
 */
@ApplicationScoped
public class DeliveringTransfers {

    private static final Logger LOG = Logger.getLogger(DeliveringTransfers.class);
    private static final int PER_RUN = 50;
    private static final int EVALUATIONS_PAGE = 500;

    @Inject
    OutgoingTransferRepository transfers;

    @Inject
    @RestClient
    ContractsClient contracts;

    @Inject
    @RestClient
    EvaluationsClient evaluations;

    @Inject
    ReceivingTransfers receiving;

    @Inject
    CpasDirectory directory;

    @Inject
    ServiceTokens tokens;

    @Inject
    PartnerDelivery partners;

    @Inject
    DossierJson dossiers;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Scheduled(identity = "transfer-delivery", every = "${piis.transfers.delivery-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        for (int handled = 0; handled < PER_RUN && deliverNext(); handled++) {
            LOG.debug("Transfer handled, looking for the next one");
        }
    }

    /** Handles the next transfer due, if any; returns whether there was one. Never called within a transaction. */
    @Transactional(Transactional.TxType.NEVER)
    public boolean deliverNext() {
        Optional<OutgoingTransfer> taken = QuarkusTransaction.requiringNew().call(() -> transfers.lockDue(clock.now(), 1).stream()
                .findFirst().map(transfers::findById).map(transfer -> {
                    transfer.takenForDelivery(clock.now());
                    return transfer;
                }));
        if (taken.isEmpty()) {
            return false;
        }
        OutgoingTransfer transfer = taken.get();
        try {
            deliver(transfer, dossierOf(transfer));
        } catch (RuntimeException e) {
            LOG.warnf("Transfer %s not delivered to CPAS %s this time, will retry: %s", transfer.id(), transfer.toCpas(), e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> transfers.findById(transfer.id())
                    .deliveryFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.now()));
            return true;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            OutgoingTransfer delivered = transfers.findById(transfer.id());
            delivered.delivered(clock.now(), clock.today()).ifPresent(completed -> {
                outbox.record(completed);
                audit.record(delivered.cpas(), StartingTransfers.AUDITED_AS, delivered.id(), "delivered", clock.today(), null,
                        Map.of("toCpas", delivered.toCpas(), "attempts", delivered.attempts().failedCount() + 1));
            });
        });
        return true;
    }

    private void deliver(OutgoingTransfer transfer, Dossier dossier) {
        Optional<URI> partner = directory.find(transfer.toCpas()).flatMap(CpasDirectory.Cpas::transferApi);
        if (partner.isEmpty()) {
            receiving.receive(transfer.cpas(), dossier);
            return;
        }
        partners.send(partner.get(), transfer.cpas(), dossier);
    }

    /**
     * The dossier as kept, or as read now from contracts-service and kept before it is sent (the one
     * kept first when another replica was quicker); without the contract, nor what only a take-over
     * needs of the beneficiary, when the beneficiary refused (T3, X10).
     */
    private Dossier dossierOf(OutgoingTransfer transfer) {
        if (transfer.dossier() != null) {
            return dossiers.read(transfer.dossier());
        }
        String reader = "Bearer " + tokens.reader(transfer.cpas());
        Dossier.Person person = personOf(contracts.beneficiary(transfer.beneficiaryId(), reader));
        Dossier.Contract contract = transfer.beneficiaryRefused() ? null : contractOf(contracts.contract(transfer.contractId(), reader));
        Dossier.Evaluations history = transfer.beneficiaryRefused() ? null : evaluationsOf(transfer.contractId(), reader);
        Dossier dossier = new Dossier(transfer.id(), transfer.cpas(), transfer.toCpas(), transfer.movedOn(), transfer.beneficiaryRefused(),
                transfer.beneficiaryRefused() ? person.onlyWhoMoved() : person, contract, history);
        String assembled = dossiers.write(dossier);
        return dossiers.read(QuarkusTransaction.requiringNew().call(() -> transfers.findById(transfer.id()).dossierAssembled(assembled)));
    }

    /** T2: the beneficiary as contracts-service knows them, with what the new CPAS needs to register them. */
    private static Dossier.Person personOf(JsonNode person) {
        JsonNode contact = person.path("contact");
        return new Dossier.Person(person.path("ssin").asText(), person.path("firstName").asText(), person.path("lastName").asText(),
                LocalDate.parse(person.path("birthDate").asText()), person.path("language").asText(), dateOrNull(person.path("risDecisionDate")),
                dateOrNull(person.path("previousRisEndedOn")), dateOrNull(person.path("cpasEmploymentEndedOn")),
                contact.isObject() ? new Dossier.Contact(textOrNull(contact.path("email")), textOrNull(contact.path("phone")),
                        textOrNull(contact.path("address"))) : null,
                person.path("student").isBoolean() ? person.path("student").asBoolean() : null);
    }

    /** A deployment may run without evaluation-service, or it may be down: the dossier then goes without the summary. */
    private Dossier.Evaluations evaluationsOf(UUID contractId, String reader) {
        JsonNode items;
        try {
            items = evaluations.evaluations(contractId, EVALUATIONS_PAGE, reader).path("items");
        } catch (RuntimeException unavailable) {
            LOG.warnf("No evaluation summary for contract %s: %s", contractId, unavailable.getMessage());
            return null;
        }
        int held = 0;
        int missed = 0;
        int planned = 0;
        LocalDate lastHeldOn = null;
        for (JsonNode evaluation : items) {
            switch (evaluation.path("status").asText()) {
                case "completed" -> held++;
                case "missed" -> missed++;
                case "planned" -> planned++;
                default -> {
                    continue;
                }
            }
            LocalDate heldOn = dateOrNull(evaluation.path("heldOn"));
            if ("completed".equals(evaluation.path("status").asText()) && (lastHeldOn == null || heldOn.isAfter(lastHeldOn))) {
                lastHeldOn = heldOn;
            }
        }
        return new Dossier.Evaluations(held, missed, planned, lastHeldOn);
    }

    private static Dossier.Contract contractOf(JsonNode contract) {
        List<Dossier.Goal> goals = new ArrayList<>();
        contract.path("goals").forEach(goal -> {
            List<Dossier.Step> steps = new ArrayList<>();
            goal.path("steps").forEach(step -> steps.add(new Dossier.Step(step.path("description").asText(), step.path("responsible").asText(),
                    dateOrNull(step.path("dueDate")), step.path("status").asText())));
            goals.add(new Dossier.Goal(goal.path("kind").asText(), goal.path("title").asText(), steps));
        });
        List<Dossier.Commitment> commitments = new ArrayList<>();
        contract.path("commitments").forEach(commitment -> commitments.add(new Dossier.Commitment(commitment.path("party").asText(),
                commitment.path("description").asText())));
        List<String> partnersGoals = partnersGoals(goals);
        List<Dossier.Partner> partners = new ArrayList<>();
        contract.path("partners").forEach(partner -> partners.add(new Dossier.Partner(partner.path("name").asText(),
                partner.path("expectations").asText(), partnersGoals)));
        return new Dossier.Contract(UUID.fromString(contract.path("id").asText()), contract.path("type").asText(),
                contract.path("version").asInt(), LocalDate.parse(contract.path("startDate").asText()),
                LocalDate.parse(contract.path("endDate").asText()), goals, commitments, partners.isEmpty() ? null : partners);
    }

    /**
     * C6, T2: the goals the contract's partners take part in. contracts-service names a step's party
     * (a partner) but not which partner: each partner goes with every goal that has a partner's step,
     * or, when no goal has one, with every goal, so that a take-over of those goals keeps them all
     * rather than drop the one that does the work.
     */
    private static List<String> partnersGoals(List<Dossier.Goal> goals) {
        List<String> withPartnerSteps = goals.stream()
                .filter(goal -> goal.steps().stream().anyMatch(step -> "partner".equals(step.responsible())))
                .map(Dossier.Goal::title).toList();
        return withPartnerSteps.isEmpty() ? goals.stream().map(Dossier.Goal::title).toList() : withPartnerSteps;
    }

    private static LocalDate dateOrNull(JsonNode date) {
        return date.isMissingNode() || date.isNull() ? null : LocalDate.parse(date.asText());
    }

    private static String textOrNull(JsonNode text) {
        return text.isTextual() ? text.asText() : null;
    }
}
