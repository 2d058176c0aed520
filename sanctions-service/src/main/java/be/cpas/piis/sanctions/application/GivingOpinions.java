package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** S3: the social worker, who knows the beneficiary, gives the Council a written opinion. */
@ApplicationScoped
public class GivingOpinions {

    @Inject
    BreachCaseRepository breaches;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCpas caller;

    @Inject
    PiisClock clock;

    @Transactional
    public BreachCase opinionGiven(String cpas, UUID breachId, String opinion, LocalDate givenOn) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        breach.opinionGiven(opinion, givenOn, caller.actorOrNull(), clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "opinionGiven", breach.opinionGivenOn(), null, Map.of("opinion", opinion));
        return breach;
    }
}
