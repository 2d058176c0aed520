package be.cpas.piis.evaluation.persistence;

import be.cpas.piis.evaluation.domain.EvaluationPlan;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EvaluationPlanRepository implements CpasScopedRepository<EvaluationPlan> {
}
