package be.cpas.piis.evaluation.persistence;

import be.cpas.piis.evaluation.domain.StudentResult;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.KeysetQuery;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StudentResultRepository implements CpasScopedRepository<StudentResult> {

    /** Up to {@code limit} results of {@code cpas} (X1) by deadline, after {@code after} when given. */
    public List<StudentResult> page(String cpas, DeadlineFilter filter, Optional<Cursor.DateAndId> after, int limit) {
        KeysetQuery query = filter.scope(KeysetQuery.of(cpas, "dueBy")).after(after);
        if (filter.overdueOnly()) {
            query.and("overdueReportedOn is not null or (communicatedOn is null and dueBy < :today)", "today", filter.today());
        }
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }

    /** E7: results past their deadline, not communicated and not reported yet, locked for this replica. */
    @SuppressWarnings("unchecked")
    public List<StudentResult> lockOverdue(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM student_result
                        WHERE communicated_on IS NULL AND overdue_reported_on IS NULL AND due_by < :today
                        ORDER BY due_by, id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""", StudentResult.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
    }
}
