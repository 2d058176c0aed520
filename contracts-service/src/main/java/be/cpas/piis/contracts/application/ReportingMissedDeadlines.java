package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.persistence.BeneficiaryRepository;
import be.cpas.piis.events.SigningDeadlineMissed;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.jobs.Batches;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.time.PiisClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * C1: SigningDeadlineMissed is published once for each beneficiary whose compulsory PIIS was
 * neither signed nor exempted by its deadline. The report and its mark commit together.
 */
@ApplicationScoped
public class ReportingMissedDeadlines {

    private static final int BATCH = 200;

    @Inject
    BeneficiaryRepository beneficiaries;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Scheduled(identity = "missed-signing-deadlines", every = "${piis.signing-deadlines.check-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Batches.untilDrained(this::reportBatch, BATCH);
    }

    /** Reports up to one batch of missed deadlines; returns how many beneficiaries it looked at. */
    @Transactional
    public int reportBatch() {
        LocalDate today = clock.today();
        List<UUID> ids = beneficiaries.lockWithUnreportedDeadlineBefore(today, BATCH);
        for (UUID id : ids) {
            Beneficiary beneficiary = beneficiaries.findById(id);
            LocalDate deadline = beneficiary.signingDeadline();
            if (beneficiary.reportIfDeadlineMissed(today)) {
                outbox.record(new SigningDeadlineMissed(beneficiary.id(), beneficiary.cpas(), deadline));
                audit.record(beneficiary.cpas(), RegisteringBeneficiary.AUDITED_AS, beneficiary.id(), "signingDeadlineMissed", deadline,
                        null, BeneficiaryState.of(beneficiary));
            }
        }
        return ids.size();
    }
}
