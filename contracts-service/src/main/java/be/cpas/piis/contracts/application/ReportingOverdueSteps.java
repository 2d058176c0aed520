package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.Step;
import be.cpas.piis.contracts.persistence.ContractRepository;
import be.cpas.piis.events.StepOverdue;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.jobs.Batches;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.time.PiisClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * C12: a step past its due date and not done is reported once with StepOverdue, whichever party
 * owns it: sanctions-service needs the CPAS's overdue steps too (S5). Replicas share the work with
 * {@code SKIP LOCKED}; a step's report and its mark commit together, so it is never published twice.
 */
@ApplicationScoped
public class ReportingOverdueSteps {

    private static final int BATCH = 200;

    @Inject
    ContractRepository contracts;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Scheduled(identity = "overdue-steps", every = "${piis.overdue-steps.check-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Batches.untilDrained(this::reportBatch, BATCH);
    }

    /** Reports the overdue steps of up to one batch of steps; returns how many steps the scan found. */
    @Transactional
    public int reportBatch() {
        LocalDate today = clock.today();
        List<UUID> contractIds = contracts.lockContractsWithOverdueSteps(today, BATCH);
        for (UUID contractId : new LinkedHashSet<>(contractIds)) {
            Contract contract = contracts.changing(contracts.findById(contractId));
            contract.goals().stream()
                    .flatMap(goal -> goal.steps().stream())
                    .filter(step -> step.reportIfOverdue(today))
                    .forEach(step -> {
                        outbox.record(overdue(contract, step));
                        audit.record(contract.cpas(), ContractLifecycle.AUDITED_AS, contract.id(), "stepOverdueReported", step.dueDate(),
                                null, Map.of("stepId", step.id(), "dueDate", step.dueDate(), "responsible", step.responsible()));
                    });
        }
        return contractIds.size();
    }

    private static StepOverdue overdue(Contract contract, Step step) {
        return new StepOverdue(contract.id(), contract.cpas(), contract.beneficiaryId(), step.id(),
                Codes.of(step.responsible()), step.dueDate());
    }
}
