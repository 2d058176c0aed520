package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.BreachStatus;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** S7: a new breach, established in its own case during the probation, lets the Council execute the deferred sanction. */
@ApplicationScoped
public class ExecutingDeferredSanctions {

    @Inject
    BreachCaseRepository breaches;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Transactional
    public BreachCase executed(String cpas, UUID breachId, LocalDate startsOn, LocalDate executedOn) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        LocalDate newBreachOn = breach.status() == BreachStatus.DEFERRED
                ? breaches.newBreachOf(breach, breach.notifiedOn(), breach.probationEndsOn()).orElse(null)
                : null;
        outbox.record(breach.executeDeferred(startsOn, newBreachOn, executedOn == null ? clock.today() : executedOn, clock.today()));
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "executed", breach.executedOn(), null,
                Map.of("startsOn", breach.startsOn(), "endsOn", breach.endsOn(), "newBreachOn", newBreachOn));
        return breach;
    }
}
