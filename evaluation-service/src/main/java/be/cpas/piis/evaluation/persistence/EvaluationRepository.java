package be.cpas.piis.evaluation.persistence;

import be.cpas.piis.evaluation.domain.Evaluation;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvaluationRepository implements CpasScopedRepository<Evaluation> {

    /** Up to {@code limit} evaluations of {@code cpas} (X1), in date order, after {@code after} when given. */
    public List<Evaluation> page(String cpas, Optional<UUID> contractId, Optional<Cursor.DateAndId> after, int limit) {
        StringBuilder query = new StringBuilder("cpas = :cpas");
        Parameters parameters = Parameters.with("cpas", cpas);
        contractId.ifPresent(id -> {
            query.append(" and contractId = :contractId");
            parameters.and("contractId", id);
        });
        after.ifPresent(key -> {
            query.append(" and (plannedOn > :afterDate or (plannedOn = :afterDate and id > :afterId))");
            parameters.and("afterDate", key.date()).and("afterId", key.id());
        });
        query.append(" order by plannedOn, id");
        return find(query.toString(), parameters).range(0, limit - 1).list();
    }
}
