package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Contract;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /** The contract, if it belongs to {@code cpas} (X1). */
    public Optional<Contract> findInCpas(UUID id, String cpas) {
        return find("id = ?1 and cpas = ?2", id, cpas).firstResultOptional();
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
