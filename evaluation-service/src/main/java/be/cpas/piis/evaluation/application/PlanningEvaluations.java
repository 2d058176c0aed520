package be.cpas.piis.evaluation.application;

import be.cpas.piis.evaluation.domain.Evaluation;
import be.cpas.piis.evaluation.domain.EvaluationFrequency;
import be.cpas.piis.evaluation.domain.EvaluationPlan;
import be.cpas.piis.evaluation.persistence.EvaluationPlanRepository;
import be.cpas.piis.evaluation.persistence.EvaluationRepository;
import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Period;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** E1: a signed contract gets its plan of evaluations, each announced with EvaluationScheduled. */
@ApplicationScoped
public class PlanningEvaluations {

    @Inject
    EvaluationPlanRepository plans;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    Outbox outbox;

    @Inject
    PiisClock clock;

    @ConfigProperty(name = "piis.evaluations.interval", defaultValue = "P4M")
    Period interval;

    /** Plans the contract's evaluations, unless it already has a plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planFor(ContractSigned signed) {
        if (plans.findByIdOptional(signed.contractId()).isPresent()) {
            return;
        }
        plans.persist(new EvaluationPlan(signed.contractId(), signed.cpas(), signed.beneficiaryId(),
                signed.startDate(), signed.endDate(), clock.now()));
        EvaluationFrequency.plan(signed.startDate(), signed.endDate(), interval).forEach(date -> {
            Evaluation evaluation = new Evaluation(signed.contractId(), signed.cpas(), date.plannedOn(), date.kind());
            evaluations.persist(evaluation);
            outbox.record(evaluation.scheduled());
        });
    }
}
