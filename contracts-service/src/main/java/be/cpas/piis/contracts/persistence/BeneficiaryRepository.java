package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Beneficiary;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BeneficiaryRepository implements PanacheRepositoryBase<Beneficiary, UUID> {

    /** The beneficiary, if it belongs to {@code cpas} (X1). */
    public Optional<Beneficiary> findInCpas(UUID id, String cpas) {
        return find("id = ?1 and cpas = ?2", id, cpas).firstResultOptional();
    }

    public Optional<Beneficiary> findBySsin(String ssin, String cpas) {
        return find("ssin = ?1 and cpas = ?2", ssin, cpas).firstResultOptional();
    }
}
