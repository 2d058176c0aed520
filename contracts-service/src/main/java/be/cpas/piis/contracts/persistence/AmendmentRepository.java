package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Amendment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AmendmentRepository implements PanacheRepositoryBase<Amendment, UUID> {

    public Optional<Amendment> findOfContract(UUID id, UUID contractId) {
        return find("id = ?1 and contractId = ?2", id, contractId).firstResultOptional();
    }

    /** The contract's amendments: the one awaiting agreement first, then the agreed ones, the latest first. */
    public List<Amendment> ofContract(UUID contractId) {
        return list("contractId = ?1 order by agreedOn desc nulls first, proposedOn desc", contractId);
    }

    public boolean hasPending(UUID contractId) {
        return count("contractId = ?1 and agreedOn is null", contractId) > 0;
    }
}
