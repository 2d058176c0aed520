package be.cpas.piis.sanctions.application;

import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.events.InterviewOverdue;
import be.cpas.piis.events.StepOverdue;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.BreachFact;
import be.cpas.piis.sanctions.domain.CpasFailure;
import be.cpas.piis.sanctions.domain.Origin;
import be.cpas.piis.sanctions.domain.SanctionedContract;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import be.cpas.piis.sanctions.persistence.CpasFailureRepository;
import be.cpas.piis.sanctions.persistence.SanctionedContractRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * S1, S5: what the other services report. A beneficiary's breach joins the contract's case still
 * before a decision, or opens one (BreachReported); the CPAS's own failures are kept for S5.
 */
@ApplicationScoped
public class ReportingBreaches {

    static final String AUDITED_AS = "breach";

    @Inject
    BreachCaseRepository breaches;

    @Inject
    CpasFailureRepository cpasFailures;

    @Inject
    SanctionedContractRepository contracts;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractSigned(ContractSigned signed) {
        if (contracts.findByIdOptional(signed.contractId()).isEmpty()) {
            contracts.persist(new SanctionedContract(signed.contractId(), signed.cpas(), signed.beneficiaryId(),
                    signed.language() == null ? null : DocumentLanguages.ofCode(signed.language()).orElse(null), signed.signedOn()));
        }
    }

    /** S1 for a beneficiary's step, S5 for the CPAS's; a partner's step concerns neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stepOverdue(StepOverdue overdue) {
        if ("beneficiary".equals(overdue.responsible())) {
            report(overdue.cpas(), overdue.contractId(), overdue.beneficiaryId(), new BreachFact(Origin.STEP_OVERDUE, overdue.stepId(),
                    overdue.dueDate(), null));
        } else if ("cpas".equals(overdue.responsible())) {
            cpasFailures.recordOnce(new CpasFailure(overdue.contractId(), overdue.cpas(), CpasFailure.STEP_OVERDUE, overdue.stepId(),
                    overdue.dueDate()), CpasFailure.STEP_OVERDUE, overdue.stepId());
        }
    }

    /** S5: an interview the beneficiary asked for was not held in time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void interviewOverdue(InterviewOverdue overdue) {
        cpasFailures.recordOnce(new CpasFailure(overdue.contractId(), overdue.cpas(), CpasFailure.INTERVIEW_OVERDUE,
                overdue.interviewRequestId(), overdue.dueBy()), CpasFailure.INTERVIEW_OVERDUE, overdue.interviewRequestId());
    }

    /** S1, X9: a social worker reports a breach of the contract with its facts, not before the contract was signed. */
    @Transactional
    public BreachCase reportedByHand(String cpas, UUID contractId, String description, LocalDate occurredOn) {
        SanctionedContract contract = contracts.findInCpas(contractId, cpas)
                .orElseThrow(() -> new ResourceNotFoundException("resource.contract", contractId));
        LocalDate day = FactDates.check("occurredOn", occurredOn, clock.today(), contract.signedOn(), Wording.of("step.signature"));
        return report(cpas, contractId, contract.beneficiaryId(), new BreachFact(Origin.REPORTED, null, day, description));
    }

    /** S1: the fact joins the contract's undecided case, or opens one; a fact already known changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BreachCase report(String cpas, UUID contractId, UUID beneficiaryId, BreachFact fact) {
        if (fact.sourceId() != null && breaches.hasFact(fact.origin(), fact.sourceId())) {
            return null;
        }
        BreachCase breach = breaches.undecidedOf(contractId).orElse(null);
        if (breach == null) {
            breach = BreachCase.open(cpas, contractId, beneficiaryId, fact, clock.today(), clock.now());
            breaches.persist(breach);
            outbox.record(breach.reported(fact.origin()));
            audit.record(cpas, AUDITED_AS, breach.id(), "opened", fact.occurredOn(), null, factOf(fact));
        } else {
            breach.gather(fact);
            audit.record(cpas, AUDITED_AS, breach.id(), "factAdded", fact.occurredOn(), null, factOf(fact));
        }
        return breach;
    }

    private static Map<String, Object> factOf(BreachFact fact) {
        return fact.description() == null
                ? Map.of("origin", fact.origin(), "occurredOn", fact.occurredOn())
                : Map.of("origin", fact.origin(), "occurredOn", fact.occurredOn(), "description", fact.description());
    }
}
