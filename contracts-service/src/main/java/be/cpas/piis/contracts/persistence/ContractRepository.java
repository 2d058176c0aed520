package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.ContractStatus;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements CpasScopedRepository<Contract> {

    /** What a contract list is filtered on; empty members filter nothing. */
    public record Filter(Set<ContractStatus> statuses, Optional<String> worker, Optional<UUID> beneficiaryId, Optional<LocalDate> endingBy) {
    }

    /** Up to {@code limit} contracts of {@code cpas} (X1) matching {@code filter}, by end date. */
    public List<Contract> page(String cpas, Filter filter, LocalDate today, Optional<Cursor.DateAndId> after, int limit) {
        StringBuilder query = new StringBuilder("cpas = :cpas");
        Parameters parameters = Parameters.with("cpas", cpas);
        if (!filter.statuses().isEmpty()) {
            query.append(" and status in :statuses");
            parameters.and("statuses", filter.statuses());
        }
        filter.worker().ifPresent(worker -> {
            query.append(" and (referentWorker = :worker or replacementWorker = :worker)");
            parameters.and("worker", worker);
        });
        filter.beneficiaryId().ifPresent(id -> {
            query.append(" and beneficiaryId = :beneficiaryId");
            parameters.and("beneficiaryId", id);
        });
        filter.endingBy().ifPresent(last -> {
            query.append(" and endDate >= :today and endDate <= :endingBy");
            parameters.and("today", today).and("endingBy", last);
        });
        after.ifPresent(key -> {
            query.append(" and (endDate > :afterDate or (endDate = :afterDate and id > :afterId))");
            parameters.and("afterDate", key.date()).and("afterId", key.id());
        });
        return find(query.append(" order by endDate, id").toString(), parameters).range(0, limit - 1).list();
    }

    /**
     * Locks up to {@code limit} active contracts that have a planned step due before {@code today}
     * and not yet reported; rows another transaction holds are skipped, not waited for.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockContractsWithOverdueSteps(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT c.id FROM contract c
                        WHERE c.status = 'ACTIVE' AND EXISTS (
                            SELECT 1 FROM contract_goal g JOIN contract_step s ON s.goal_id = g.id
                            WHERE g.contract_id = c.id AND s.status = 'PLANNED' AND s.overdue_reported_on IS NULL
                              AND s.due_date < :today)
                        ORDER BY c.id
                        LIMIT :limit
                        FOR UPDATE OF c SKIP LOCKED""", UUID.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
    }
}
