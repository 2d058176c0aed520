package be.cpas.piis.evaluation.persistence;

import be.cpas.piis.evaluation.domain.InterviewRequest;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.KeysetQuery;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InterviewRequestRepository implements CpasScopedRepository<InterviewRequest> {

    private static final String WAITING = "status in ('REQUESTED', 'SCHEDULED')";

    /**
     * Up to {@code limit} requests of {@code cpas} (X1) by deadline, after {@code after} when given;
     * {@code waitingOnly}: those not held yet, whether or not an interview is set.
     */
    public List<InterviewRequest> page(String cpas, DeadlineFilter filter, boolean waitingOnly, AppointmentFilter appointments,
                                       Optional<Cursor.DateAndId> after, int limit) {
        KeysetQuery query = filter.scope(KeysetQuery.of(cpas, "dueBy")).after(after);
        if (waitingOnly) {
            query.and(WAITING);
        }
        if (filter.overdueOnly()) {
            query.and("overdueReportedOn is not null or (" + WAITING + " and dueBy < :overdueOn)", "overdueOn", filter.today());
        }
        appointments.applyTo(query, "status = 'SCHEDULED'");
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }

    public List<InterviewRequest> waitingOf(UUID contractId) {
        return list("contractId = ?1 and " + WAITING, contractId);
    }

    /** E3: requests past their deadline, still waiting and not reported yet, locked for this replica. */
    @SuppressWarnings("unchecked")
    public List<InterviewRequest> lockOverdue(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM interview_request
                        WHERE status IN ('REQUESTED', 'SCHEDULED') AND overdue_reported_on IS NULL AND due_by < :today
                        ORDER BY due_by, id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""", InterviewRequest.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
    }
}
