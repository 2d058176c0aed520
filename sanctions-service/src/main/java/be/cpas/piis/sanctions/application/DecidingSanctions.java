package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.CpasSide;
import be.cpas.piis.sanctions.domain.DecisionProposal;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import be.cpas.piis.sanctions.persistence.CpasFailureRepository;
import be.cpas.piis.sanctions.persistence.SanctionedContractRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** S2-S7: the Council decides, with the service's own checks of the CPAS side (S5) and of recidivism (S6). */
@ApplicationScoped
public class DecidingSanctions {

    @Inject
    BreachCaseRepository breaches;

    @Inject
    CpasFailureRepository cpasFailures;

    @Inject
    SanctionedContractRepository contracts;

    @Inject
    SanctionSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCpas caller;

    @Inject
    PiisClock clock;

    @Transactional
    public BreachCase decided(String cpas, UUID breachId, DecisionProposal proposal) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        LocalDate decidedOn = proposal.decidedOn() == null ? clock.today() : proposal.decidedOn();
        CpasSide cpasSide = cpasFailures.sideOf(breach.contractId(), breach.breachOn().minus(settings.cpasFailureLookback()), decidedOn);
        breach.decide(proposal, breaches.recidivism(breach), cpasSide, caller.actorOrNull(), clock.today(),
                contracts.languageOf(breach.contractId()));
        breaches.flush();
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "decided", breach.decidedOn(), null, Map.of("decision", breach.decision(),
                "capReason", breach.capReason(), "cpasCheck", breach.cpasCheck()));
        return breach;
    }
}
