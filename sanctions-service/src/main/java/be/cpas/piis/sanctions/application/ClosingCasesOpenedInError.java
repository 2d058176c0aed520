package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
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

/** S1: a social worker closes a case whose facts did not happen or were excused, with the reasons, audited (X4). */
@ApplicationScoped
public class ClosingCasesOpenedInError {

    @Inject
    BreachCaseRepository breaches;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Transactional
    public BreachCase closedInError(String cpas, UUID breachId, String reasons, LocalDate closedOn) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        BreachStatus before = breach.status();
        breach.closedInError(reasons, closedOn, clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "closedInError", breach.closure().closedOn(), Map.of("status", before),
                Map.of("status", breach.status(), "reasons", reasons));
        return breach;
    }
}
