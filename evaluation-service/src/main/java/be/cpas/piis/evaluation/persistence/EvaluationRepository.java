package be.cpas.piis.evaluation.persistence;

import be.cpas.piis.evaluation.domain.Evaluation;
import be.cpas.piis.platform.paging.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {


    /** The evaluation, if it belongs to {@code cpas} (X1). */
    public Optional<Evaluation> findInCpas(UUID id, String cpas) {
        return find("id = ?1 and cpas = ?2", id, cpas).firstResultOptional();
    }

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
