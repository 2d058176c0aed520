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
     * The overdue-step scan, starting from the steps: it walks {@code contract_step_open_by_due_date},
     * which holds only the planned steps not yet reported, oldest due date first, and stops at
     * {@code limit}, so its work is the batch at hand and not every contract the CPAS ever signed.
     * A contract with several such steps comes once for each.
     */
    static final String CONTRACTS_WITH_OVERDUE_STEPS = """
            SELECT c.id FROM contract_step s
            JOIN contract_goal g ON g.id = s.goal_id
            JOIN contract c ON c.id = g.contract_id
            WHERE s.status = 'PLANNED' AND s.overdue_reported_on IS NULL AND s.due_date < :today AND c.status = 'ACTIVE'
            ORDER BY s.due_date, s.goal_id
            LIMIT :limit
            FOR UPDATE OF c SKIP LOCKED""";

    /**
     * Locks the active contracts of up to {@code limit} planned steps due before {@code today} and not
     * yet reported, a contract as often as it has such steps; rows another transaction holds are
     * skipped, not waited for.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockContractsWithOverdueSteps(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery(CONTRACTS_WITH_OVERDUE_STEPS, UUID.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
    }
}
