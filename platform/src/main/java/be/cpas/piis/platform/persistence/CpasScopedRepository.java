package be.cpas.piis.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** A repository of entities that belong to one CPAS, with a {@code cpas} field and a UUID id. */
public interface CpasScopedRepository<E> extends PanacheRepositoryBase<E, UUID> {

    /** The entity, if it belongs to {@code cpas} (X1): another CPAS's looks exactly like a missing one. */
    default Optional<E> findInCpas(UUID id, String cpas) {
        return find("id = ?1 and cpas = ?2", id, cpas).firstResultOptional();
    }

    /** {@link #findInCpas} for a change of the aggregate: see {@link #changing}. */
    default Optional<E> findInCpasForChange(UUID id, String cpas) {
        return findInCpas(id, cpas).map(this::changing);
    }

    /**
     * Marks the aggregate {@code root} as changed by this transaction, whichever of its parts the
     * change touches: its {@code @Version} is checked and bumped now. Hibernate bumps it only when
     * the root's own columns or collections change, so two requests changing one child (a contract's
     * step) at once would both succeed; this way, of two changes made from one version, the second
     * fails with an optimistic lock failure, a 409. The bump is an update made now, not at commit
     * (PESSIMISTIC_FORCE_INCREMENT, not OPTIMISTIC_FORCE_INCREMENT): the losing request fails
     * inside its own call, with the exception the platform maps, before it records anything.
     */
    default E changing(E root) {
        getEntityManager().lock(root, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return root;
    }
}
