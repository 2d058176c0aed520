package be.cpas.piis.evaluation.persistence;

import be.cpas.piis.evaluation.domain.Evaluation;
import be.cpas.piis.evaluation.domain.EvaluationStatus;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.KeysetQuery;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import be.cpas.piis.platform.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvaluationRepository implements CpasScopedRepository<Evaluation> {

    /**
     * Which evaluations of a CPAS a list shows; {@code dueUntil}: the planned ones from today to that day;
     * {@code overdueOnly}: the planned ones whose day passed without being recorded.
     */
    public record Filter(Optional<UUID> contractId, Optional<String> socialWorker, Optional<EvaluationStatus> status,
                         Optional<LocalDate> dueUntil, Optional<LocalDate> plannedFrom, Optional<LocalDate> plannedUntil,
                         boolean overdueOnly, AppointmentFilter appointments) {
    }

    /** E2: a contract-year whose in-person evaluations can no longer reach the minimum. */
    public record InPersonShortfall(UUID contractId, LocalDate yearStartsOn, LocalDate yearEndsOn, int evaluations, int heldInPerson,
                                    int stillPlanned) {
    }

    /** Up to {@code limit} evaluations of {@code cpas} (X1), in date order, after {@code after} when given. */
    public List<Evaluation> page(String cpas, Filter filter, Optional<Cursor.DateAndId> after, int limit) {
        KeysetQuery query = KeysetQuery.of(cpas, "appointment.day")
                .andIfPresent(filter.contractId(), "contractId = :contractId", "contractId")
                .andIfPresent(filter.socialWorker(), DeadlineFilter.OF_SOCIAL_WORKER, "worker")
                .andIfPresent(filter.status(), "status = :status", "status")
                .andIfPresent(filter.plannedFrom(), "appointment.day >= :plannedFrom", "plannedFrom")
                .andIfPresent(filter.plannedUntil(), "appointment.day <= :plannedUntil", "plannedUntil")
                .after(after);
        filter.dueUntil().ifPresent(until -> query.and("status = 'PLANNED' and appointment.day >= :today and appointment.day <= :dueUntil",
                "today", filter.appointments().today(), "dueUntil", until));
        if (filter.overdueOnly()) {
            query.and("status = 'PLANNED' and appointment.day < :today", "today", filter.appointments().today());
        }
        filter.appointments().applyTo(query, "status = 'PLANNED'");
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }

    /** The contract's evaluations still planned on or after {@code day}. */
    public List<Evaluation> plannedFrom(UUID contractId, LocalDate day) {
        return list("contractId = ?1 and status = ?2 and appointment.day >= ?3 order by appointment.day", contractId,
                EvaluationStatus.PLANNED, day);
    }

    /** Every evaluation of the contract that took place or will: those E1 counts. */
    public List<Evaluation> notCancelledOf(UUID contractId) {
        return list("contractId = ?1 and status <> ?2", contractId, EvaluationStatus.CANCELLED);
    }

    /**
     * E2: the running contracts of {@code cpas} whose current contract-year (counted from the start
     * date) can no longer hold {@code minimum} in-person evaluations, or as many as it has evaluations
     * if fewer: those held in person plus those still to come fall short. An evaluation whose day
     * passed without being recorded is still PLANNED but can no longer be held in person: it counts
     * as not. Paged by contract id.
     */
    @SuppressWarnings("unchecked")
    public List<InPersonShortfall> inPersonShortfalls(String cpas, LocalDate today, int minimum, Optional<UUID> after, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        WITH current_year AS (
                            SELECT p.contract_id,
                                   (p.start_date + make_interval(years => date_part('year', age(:today, p.start_date))::int))::date AS starts_on
                            FROM evaluation_plan p
                            WHERE p.cpas = :cpas AND p.ended_on IS NULL AND p.start_date <= :today AND p.end_date >= :today
                              AND p.contract_id > :after)
                        SELECT y.contract_id, y.starts_on, (y.starts_on + interval '1 year' - interval '1 day')::date AS ends_on,
                               count(*) AS evaluations,
                               count(*) FILTER (WHERE e.attendance = 'IN_PERSON') AS in_person,
                               count(*) FILTER (WHERE e.status = 'PLANNED' AND e.planned_on >= :today) AS still_planned
                        FROM current_year y
                        JOIN evaluation e ON e.contract_id = y.contract_id AND e.status <> 'CANCELLED'
                             AND e.planned_on >= y.starts_on AND e.planned_on < y.starts_on + interval '1 year'
                        GROUP BY y.contract_id, y.starts_on
                        HAVING count(*) FILTER (WHERE e.attendance = 'IN_PERSON')
                               + count(*) FILTER (WHERE e.status = 'PLANNED' AND e.planned_on >= :today)
                               < least(:minimum, count(*))
                        ORDER BY y.contract_id
                        LIMIT :limit""")
                .setParameter("cpas", cpas)
                .setParameter("today", today)
                .setParameter("minimum", minimum)
                .setParameter("after", after.orElse(new UUID(0, 0)))
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new InPersonShortfall((UUID) row[0], NativeValues.localDate(row[1]), NativeValues.localDate(row[2]),
                ((Number) row[3]).intValue(), ((Number) row[4]).intValue(), ((Number) row[5]).intValue())).toList();
    }
}
