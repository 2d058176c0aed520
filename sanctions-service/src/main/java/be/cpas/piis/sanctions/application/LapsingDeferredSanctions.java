package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.jobs.Batches;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** S7: a deferred sanction whose probation ended without being executed lapses, and its case closes. */
@ApplicationScoped
public class LapsingDeferredSanctions {

    private static final int BATCH = 200;

    @Inject
    BreachCaseRepository breaches;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Scheduled(identity = "deferred-sanctions", every = "${piis.sanctions.lapse-check-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Batches.untilDrained(this::lapseBatch, BATCH);
    }

    /** Closes up to one batch of cases whose probation is over; returns how many it looked at. */
    @Transactional
    public int lapseBatch() {
        LocalDate today = clock.today();
        List<BreachCase> ended = breaches.deferredEndedBefore(today, BATCH);
        ended.stream().filter(breach -> breach.lapseIfProbationOver(today)).forEach(breach -> audit.record(breach.cpas(),
                ReportingBreaches.AUDITED_AS, breach.id(), "lapsed", breach.probationEndsOn(), null, Map.of("status", breach.status())));
        return ended.size();
    }
}
