package be.cpas.piis.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Optional;
import java.util.UUID;

/** A repository of entities that belong to one CPAS, with a {@code cpas} field and a UUID id. */
public interface CpasScopedRepository<E> extends PanacheRepositoryBase<E, UUID> {

    /** The entity, if it belongs to {@code cpas} (X1): another CPAS's looks exactly like a missing one. */
    default Optional<E> findInCpas(UUID id, String cpas) {
        return find("id = ?1 and cpas = ?2", id, cpas).firstResultOptional();
    }
}
