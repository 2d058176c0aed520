package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BeneficiaryRepository implements CpasScopedRepository<Beneficiary> {

    public Optional<Beneficiary> findBySsin(String ssin, String cpas) {
        return find("ssin = ?1 and cpas = ?2", ssin, cpas).firstResultOptional();
    }

    /**
     * Up to {@code limit} beneficiaries of {@code cpas} with a word of their names beginning with each of
     * {@code words} ({@link be.cpas.piis.contracts.domain.NameSearch}), by last and first name. Words hold only
     * letters and digits: nothing in them is a pattern.
     */
    public List<Beneficiary> findByName(String cpas, List<String> words, int limit) {
        StringBuilder query = new StringBuilder("cpas = :cpas");
        Parameters parameters = Parameters.with("cpas", cpas);
        for (int i = 0; i < words.size(); i++) {
            query.append(" and searchName like :word").append(i);
            parameters.and("word" + i, "% " + words.get(i) + "%");
        }
        return find(query.append(" order by lastName, firstName, id").toString(), parameters).range(0, limit - 1).list();
    }

    /** C1: up to {@code limit} beneficiaries of {@code cpas} whose signing deadline falls between two days, soonest first. */
    public List<Beneficiary> pageByDeadline(String cpas, LocalDate from, LocalDate to, Optional<Cursor.DateAndId> after, int limit) {
        StringBuilder query = new StringBuilder("cpas = :cpas and signingDeadline >= :from and signingDeadline <= :to");
        Parameters parameters = Parameters.with("cpas", cpas).and("from", from).and("to", to);
        after.ifPresent(key -> {
            query.append(" and (signingDeadline > :afterDate or (signingDeadline = :afterDate and id > :afterId))");
            parameters.and("afterDate", key.date()).and("afterId", key.id());
        });
        return find(query.append(" order by signingDeadline, id").toString(), parameters).range(0, limit - 1).list();
    }

    /**
     * The missed-deadline scan, oldest deadline first: it walks {@code beneficiary_deadline_unreported}
     * in its order and stops at {@code limit}, however many beneficiaries the CPAS ever had.
     */
    static final String UNREPORTED_DEADLINES_BEFORE = """
            SELECT id FROM beneficiary
            WHERE signing_deadline < :today AND deadline_missed_reported_on IS NULL
            ORDER BY signing_deadline, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""";

    /** Locks up to {@code limit} beneficiaries whose deadline passed unreported; rows others hold are skipped. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockWithUnreportedDeadlineBefore(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery(UNREPORTED_DEADLINES_BEFORE, UUID.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
    }
}
