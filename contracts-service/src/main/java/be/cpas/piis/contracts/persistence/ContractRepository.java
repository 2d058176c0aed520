package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Contract;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /** The contract, if it belongs to {@code cpas} (X1). */
    public Optional<Contract> findInCpas(UUID id, String cpas) {
        return find("id = ?1 and cpas = ?2", id, cpas).firstResultOptional();
    }
}
