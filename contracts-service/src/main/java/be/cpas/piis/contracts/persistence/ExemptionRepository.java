package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Exemption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ExemptionRepository implements PanacheRepositoryBase<Exemption, UUID> {

    /** The exemption, if it belongs to {@code cpas} (X1). */
    public Optional<Exemption> findInCpas(UUID id, String cpas) {
        return find("id = ?1 and cpas = ?2", id, cpas).firstResultOptional();
    }
}
