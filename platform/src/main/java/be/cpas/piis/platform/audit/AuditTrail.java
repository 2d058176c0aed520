package be.cpas.piis.platform.audit;

import be.cpas.piis.platform.persistence.NativeValues;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.time.PiisClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * X4: records every change of state in the same transaction as the change: who (the token's
 * subject, or {@code system} for a reaction to an event), for which CPAS, the fact date (X9) and
 * the moment it was recorded, and the state before and after. The trail is read-only.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    /** One entry of the trail, as the API shows it. */
    public record Entry(String action, String actor, String cpas, LocalDate factDate, OffsetDateTime recordedAt,
                        JsonNode before, JsonNode after) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    PiisClock clock;

    @Inject
    CurrentCpas caller;

    /**
     * Writes the entry at once. Hibernate flushes the request's changes before it, so that a refusal of
     * the database (a unique key, a concurrent change) surfaces here, inside the request, and not when
     * the transaction commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String cpas, String resourceType, UUID resourceId, String action, LocalDate factDate, Object before, Object after) {
        entityManager.createNativeQuery("""
                        INSERT INTO audit_entry (cpas, resource_type, resource_id, action, actor, fact_date, recorded_at, before_state, after_state)
                        VALUES (:cpas, :type, :id, :action, :actor, :factDate, :recordedAt, :before, :after)""")
                .setParameter("cpas", cpas)
                .setParameter("type", resourceType)
                .setParameter("id", resourceId)
                .setParameter("action", action)
                .setParameter("actor", actor())
                .setParameter("factDate", factDate)
                .setParameter("recordedAt", OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC))
                .setParameter("before", write(before))
                .setParameter("after", write(after))
                .executeUpdate();
    }

    /** The trail of one resource of {@code cpas}, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Entry> of(String cpas, String resourceType, UUID resourceId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT action, actor, cpas, fact_date, recorded_at, before_state, after_state FROM audit_entry
                        WHERE cpas = :cpas AND resource_type = :type AND resource_id = :id ORDER BY position""")
                .setParameter("cpas", cpas)
                .setParameter("type", resourceType)
                .setParameter("id", resourceId)
                .getResultList();
        return rows.stream().map(this::entryOf).toList();
    }

    private Entry entryOf(Object[] row) {
        return new Entry((String) row[0], (String) row[1], ((String) row[2]).trim(), NativeValues.localDate(row[3]),
                OffsetDateTime.ofInstant(NativeValues.instant(row[4]), PiisClock.BRUSSELS), read((String) row[5]), read((String) row[6]));
    }


    /** The caller's identity inside a request; {@code system} when the change reacts to an event. */
    private String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        String subject = caller.actorOrNull();
        return subject == null ? SYSTEM : subject;
    }

    private String write(Object state) {
        try {
            return state == null ? null : json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot record the state of " + state.getClass().getSimpleName(), e);
        }
    }

    private JsonNode read(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry holds unreadable state", e);
        }
    }
}
