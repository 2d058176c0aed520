package be.cpas.piis.transfer.persistence;

import be.cpas.piis.transfer.domain.IncomingTransfer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IncomingTransferRepository implements PanacheRepositoryBase<IncomingTransfer, UUID> {

    /** X1: a dossier addressed to {@code cpas}; another CPAS's looks like a missing one. */
    public Optional<IncomingTransfer> findFor(UUID transferId, String cpas) {
        return find("id = ?1 and toCpas = ?2", transferId, cpas).firstResultOptional();
    }

    /** T6: dossiers to forward whose next attempt is due, locked for the short transaction that takes them. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDueForForwarding(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT id FROM incoming_transfer
                        WHERE status = 'FORWARDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("limit", limit)
                .getResultList();
    }

    /** The dossiers addressed to {@code cpas} (X1) in the order received, up to {@code limit}, after the one received at {@code after} when given. */
    public List<IncomingTransfer> pageFor(String cpas, Optional<ReceivedKey> after, int limit) {
        if (after.isEmpty()) {
            return find("toCpas = ?1 order by receivedAt, id", cpas).range(0, limit - 1).list();
        }
        return find("toCpas = ?1 and (receivedAt > ?2 or (receivedAt = ?2 and id > ?3)) order by receivedAt, id", cpas,
                after.get().receivedAt(), after.get().id()).range(0, limit - 1).list();
    }

    /** The key of the keyset: when a dossier was received, then its id. */
    public record ReceivedKey(Instant receivedAt, UUID id) {
    }
}
