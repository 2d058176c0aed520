package be.cpas.piis.transfer.persistence;

import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.KeysetQuery;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import be.cpas.piis.transfer.domain.OutgoingTransfer;
import be.cpas.piis.transfer.domain.TransferStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OutgoingTransferRepository implements CpasScopedRepository<OutgoingTransfer> {

    /** T1: the contract's transfer under way, if any. */
    public Optional<OutgoingTransfer> underWayFor(UUID contractId) {
        return find("contractId = ?1 and status <> ?2", contractId, TransferStatus.CANCELLED).firstResultOptional();
    }

    /** Up to {@code limit} transfers of {@code cpas} (X1) by request date, after {@code after} when given. */
    public List<OutgoingTransfer> page(String cpas, Optional<Cursor.DateAndId> after, int limit) {
        KeysetQuery query = KeysetQuery.of(cpas, "requestedOn").after(after);
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }
}
