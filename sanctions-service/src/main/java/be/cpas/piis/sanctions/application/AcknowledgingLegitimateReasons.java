package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** S5: the Council acknowledges that the beneficiary had a legitimate reason; no suspension is possible any more. */
@ApplicationScoped
public class AcknowledgingLegitimateReasons {

    @Inject
    BreachCaseRepository breaches;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Transactional
    public BreachCase legitimateReason(String cpas, UUID breachId, String reason, LocalDate recordedOn) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        breach.legitimateReasonRecorded(reason, recordedOn, clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "legitimateReasonRecorded", breach.legitimateReason().recordedOn(), null,
                Map.of("reason", reason));
        return breach;
    }
}
