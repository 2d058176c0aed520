package be.cpas.piis.transfer.persistence;

import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.KeysetQuery;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import be.cpas.piis.transfer.domain.OutgoingTransfer;
import be.cpas.piis.transfer.domain.TransferStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OutgoingTransferRepository implements CpasScopedRepository<OutgoingTransfer> {

    /** T1: the contract's transfer under way, if any. */
    public Optional<OutgoingTransfer> underWayFor(UUID contractId) {
        return find("contractId = ?1 and status <> ?2", contractId, TransferStatus.CANCELLED).firstResultOptional();
    }

    /** T5: transfers waiting for delivery whose next attempt is due, locked for the short transaction that takes them. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT id FROM outgoing_transfer
                        WHERE status = 'REQUESTED' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Up to {@code limit} transfers of {@code cpas} (X1) by request date, after {@code after} when given. */
    public List<OutgoingTransfer> page(String cpas, Optional<Cursor.DateAndId> after, int limit) {
        KeysetQuery query = KeysetQuery.of(cpas, "requestedOn").after(after);
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }
}
