package be.cpas.piis.sanctions.persistence;

import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.KeysetQuery;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.BreachStatus;
import be.cpas.piis.sanctions.domain.DecisionKind;
import be.cpas.piis.sanctions.domain.Origin;
import be.cpas.piis.sanctions.domain.Recidivism;
import be.cpas.piis.sanctions.domain.SanctionRules;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class BreachCaseRepository implements CpasScopedRepository<BreachCase> {

    /** The statuses of a case whose notified decision suspended, or deferred a suspension: what recidivism counts (S6). */
    private static final Set<BreachStatus> SANCTIONED = EnumSet.of(BreachStatus.SUSPENDED, BreachStatus.DEFERRED, BreachStatus.EXECUTED,
            BreachStatus.APPEALED, BreachStatus.UPHELD, BreachStatus.CLOSED);

    /** The statuses before the decision, as {@link BreachStatus#undecided()} says. */
    private static final Set<BreachStatus> UNDECIDED = Arrays.stream(BreachStatus.values()).filter(BreachStatus::undecided)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(BreachStatus.class)));

    /** The case {@code breachId} of {@code cpas}; 404 when unknown or another CPAS's (X1). */
    public BreachCase inCpas(String cpas, UUID breachId) {
        return findInCpas(breachId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.breachCase", breachId));
    }

    /** S1: the contract's case still before a decision, locked, which a new fact joins. */
    public Optional<BreachCase> undecidedOf(UUID contractId) {
        return find("contractId = ?1 and status in ?2 order by openedOn", contractId, UNDECIDED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** S1: whether this fact already joined a case. */
    public boolean hasFact(Origin origin, UUID sourceId) {
        return getEntityManager().createQuery("select count(f) from BreachFact f where f.origin = :origin and f.sourceId = :sourceId", Long.class)
                .setParameter("origin", origin)
                .setParameter("sourceId", sourceId)
                .getSingleResult() > 0;
    }

    /** S6: the latest sanction of the beneficiary in this CPAS decided within the year before {@code breachOn}, other than this case. */
    public Recidivism recidivism(BreachCase breach) {
        LocalDate breachOn = breach.breachOn();
        Optional<BreachCase> earlier = find("""
                        cpas = :cpas and beneficiaryId = :beneficiary and id <> :id and status in :sanctioned
                        and decision.decidedOn >= :from and decision.decidedOn < :breachOn order by decision.decidedOn desc""",
                Parameters.with("cpas", breach.cpas()).and("beneficiary", breach.beneficiaryId()).and("id", breach.id())
                        .and("sanctioned", SANCTIONED).and("from", breachOn.minus(SanctionRules.RECIDIVISM_WINDOW)).and("breachOn", breachOn))
                .firstResultOptional();
        return new Recidivism(breachOn, earlier.map(BreachCase::id), earlier.map(BreachCase::decidedOn));
    }

    /**
     * S7: the earliest established breach of the beneficiary in this CPAS, other than in this case,
     * from {@code from} to {@code to}: a case the Council found by a suspension, which it could only
     * decide after the case's own notice, opinion and hearing (S2-S4), and which no tribunal annulled.
     * A case only opened proves nothing yet.
     */
    public Optional<LocalDate> newBreachOf(BreachCase deferred, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("""
                        select min(f.occurredOn) from BreachCase c join c.facts f
                        where c.cpas = :cpas and c.beneficiaryId = :beneficiary and c.id <> :id and f.occurredOn between :from and :to
                        and c.decision.kind = :found and c.status <> :annulled""",
                        LocalDate.class)
                .setParameter("cpas", deferred.cpas())
                .setParameter("beneficiary", deferred.beneficiaryId())
                .setParameter("id", deferred.id())
                .setParameter("found", DecisionKind.SUSPENSION)
                .setParameter("annulled", BreachStatus.ANNULLED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream().filter(Objects::nonNull).findFirst();
    }

    /** Which cases of a CPAS a list shows: of one status, of one contract, or decided and awaiting notification. */
    public record Filter(Optional<BreachStatus> status, Optional<UUID> contractId) {
    }

    /** Up to {@code limit} cases of {@code cpas} (X1), oldest first, after {@code after} when given. */
    public List<BreachCase> page(String cpas, Filter filter, Optional<Cursor.DateAndId> after, int limit) {
        KeysetQuery query = KeysetQuery.of(cpas, "openedOn")
                .andIfPresent(filter.status(), "status = :status", "status")
                .andIfPresent(filter.contractId(), "contractId = :contractId", "contractId")
                .after(after);
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }

    /**
     * The lapsing-deferral scan, earliest probation end first: it walks {@code breach_case_deferred_by_probation_end},
     * which holds only the deferred cases, instead of every case the Council ever decided.
     */
    static final String DEFERRED_ENDED_BEFORE = """
            SELECT * FROM breach_case
            WHERE status = 'DEFERRED' AND probation_ends_on < :today
            ORDER BY probation_ends_on, id
            LIMIT :limit
            FOR UPDATE""";

    /** S7: deferred sanctions whose probation ended before {@code today}, locked. */
    @SuppressWarnings("unchecked")
    public List<BreachCase> deferredEndedBefore(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery(DEFERRED_ENDED_BEFORE, BreachCase.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
    }
}
