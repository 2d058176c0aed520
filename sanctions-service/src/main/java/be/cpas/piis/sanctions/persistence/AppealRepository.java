package be.cpas.piis.sanctions.persistence;

import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.KeysetQuery;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import be.cpas.piis.sanctions.domain.Appeal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AppealRepository implements CpasScopedRepository<Appeal> {

    /** Up to {@code limit} appeals of {@code cpas} (X1) by filing date, the pending ones only when asked. */
    public List<Appeal> page(String cpas, boolean pendingOnly, Optional<Cursor.DateAndId> after, int limit) {
        KeysetQuery query = KeysetQuery.of(cpas, "filedOn").after(after);
        if (pendingOnly) {
            query.and("outcome is null");
        }
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }

    public List<Appeal> of(UUID breachId) {
        return list("breachId = ?1 order by filedOn", breachId);
    }
}
