package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.CouncilDecision;
import be.cpas.piis.sanctions.domain.CpasSide;
import be.cpas.piis.sanctions.domain.DecisionProposal;
import be.cpas.piis.sanctions.domain.Recidivism;
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
        breach.decide(proposal, breaches.recidivism(breach), cpasSideOf(breach, decidedOn), caller.actorOrNull(), clock.today(),
                contracts.languageOf(breach.contractId()));
        breaches.flush();
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "decided", breach.decidedOn(), null, Map.of("decision", breach.decision(),
                "capReason", breach.capReason(), "cpasCheck", breach.cpasCheck()));
        return breach;
    }

    /** What the Council reads before it decides today: the cap and why (S6), and the CPAS's own side (S5). */
    public record DecisionGrounds(BreachCase breach, Recidivism recidivism, CpasSide cpasSide) {

        /** S5: a suspension decided today would be taken, as the decision itself checks it. */
        public boolean suspensionPossible() {
            LocalDate legitimateReasonOn = breach.legitimateReason() == null ? null : breach.legitimateReason().recordedOn();
            return CouncilDecision.suspensionRefusal(cpasSide, legitimateReasonOn).isEmpty();
        }
    }

    /** S5, S6: the very checks {@link #decided} applies, as they stand today. */
    @Transactional
    public DecisionGrounds groundsOf(String cpas, UUID breachId) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        return new DecisionGrounds(breach, breaches.recidivism(breach), cpasSideOf(breach, clock.today()));
    }

    private CpasSide cpasSideOf(BreachCase breach, LocalDate decidedOn) {
        return cpasFailures.sideOf(breach.contractId(), breach.breachOn().minus(settings.cpasFailureLookback()), decidedOn);
    }
}
