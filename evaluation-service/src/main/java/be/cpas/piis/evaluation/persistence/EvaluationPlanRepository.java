package be.cpas.piis.evaluation.persistence;

import be.cpas.piis.evaluation.domain.EvaluationPlan;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class EvaluationPlanRepository implements PanacheRepositoryBase<EvaluationPlan, UUID> {
}
