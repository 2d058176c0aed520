package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.domain.Appeal;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.persistence.AppealRepository;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** S8: the CPAS records the beneficiary's appeal to the labour tribunal and the tribunal's judgment. */
@ApplicationScoped
public class RecordingAppeals {

    @Inject
    BreachCaseRepository breaches;

    @Inject
    AppealRepository appeals;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Transactional
    public Appeal appealFiled(String cpas, UUID breachId, LocalDate filedOn) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        Appeal appeal = Appeal.filed(breach, filedOn, clock.today(), clock.now());
        appeals.persist(appeal);
        outbox.record(appeal.filedEvent(breach));
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "appealed", appeal.filedOn(), null, Map.of("appealId", appeal.id()));
        return appeal;
    }

    /** An annulled sanction publishes its reversal, so that payments are restored. */
    @Transactional
    public Appeal appealJudged(String cpas, UUID appealId, Appeal.Outcome outcome, LocalDate judgedOn) {
        Appeal appeal = appeals.findInCpas(appealId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.appeal", appealId));
        appeal.judged(outcome, judgedOn, clock.today());
        BreachCase breach = breaches.findById(appeal.breachId());
        breach.appealDecided(appeal.id(), outcome == Appeal.Outcome.ANNULLED, appeal.outcomeOn()).forEach(outbox::record);
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breach.id(), "appealJudged", appeal.outcomeOn(), null,
                Map.of("appealId", appeal.id(), "outcome", outcome));
        return appeal;
    }
}
