package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Amendment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AmendmentRepository implements PanacheRepositoryBase<Amendment, UUID> {

    public Optional<Amendment> findOfContract(UUID id, UUID contractId) {
        return find("id = ?1 and contractId = ?2", id, contractId).firstResultOptional();
    }

    public boolean hasPending(UUID contractId) {
        return count("contractId = ?1 and agreedOn is null", contractId) > 0;
    }
}
