package be.cpas.piis.sanctions.persistence;

import be.cpas.piis.sanctions.domain.CpasFailure;
import be.cpas.piis.sanctions.domain.CpasSide;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class CpasFailureRepository implements PanacheRepositoryBase<CpasFailure, UUID> {

    /** S5: records a failure once, however often its event arrives. */
    public void recordOnce(CpasFailure failure, String kind, UUID referenceId) {
        if (count("kind = ?1 and referenceId = ?2", kind, referenceId) == 0) {
            persist(failure);
        }
    }

    /** S5: the CPAS's failures on the contract due from {@code from} to {@code to}. */
    public CpasSide sideOf(UUID contractId, LocalDate from, LocalDate to) {
        return new CpasSide(from, to, list("contractId = ?1 and dueOn >= ?2 and dueOn <= ?3 order by dueOn", contractId, from, to).stream()
                .map(CpasFailure::asFailure).toList());
    }
}
