package be.cpas.piis.platform.document;

import be.cpas.piis.platform.persistence.NativeValues;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * A3: the letters sent to beneficiaries, kept byte for byte with the day they were sent and their
 * SHA-256, each under the item it is about (a meeting, a breach case). Nothing changes or deletes them.
 */
@ApplicationScoped
public class SentDocuments {

    /**
     * {@code kind} is the service's own name for the letter, e.g. {@code convocation} or {@code formalNotice};
     * {@code subjectVersion} the version of the subject it shows, where the subject has versions (a contract).
     */
    public record SentDocument(UUID id, UUID subjectId, Integer subjectVersion, String kind, Language language, LocalDate sentOn,
                               Instant recordedAt, String sha256) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    PiisClock clock;

    /** Keeps {@code pdf}, sent on {@code sentOn}, and returns its record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SentDocument keep(String cpas, UUID subjectId, String kind, Language language, LocalDate sentOn, byte[] pdf) {
        return keep(cpas, subjectId, null, kind, language, sentOn, pdf);
    }

    /** Keeps {@code pdf}, showing version {@code subjectVersion} of its subject, sent on {@code sentOn}, and returns its record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SentDocument keep(String cpas, UUID subjectId, Integer subjectVersion, String kind, Language language, LocalDate sentOn,
                             byte[] pdf) {
        SentDocument sent = new SentDocument(UUID.randomUUID(), subjectId, subjectVersion, kind, language, sentOn, clock.now(),
                Fingerprints.sha256(pdf));
        entityManager.createNativeQuery("""
                        INSERT INTO sent_document (id, cpas, subject_id, subject_version, kind, language, sent_on, recorded_at, sha256, content)
                        VALUES (:id, :cpas, :subjectId, :subjectVersion, :kind, :language, :sentOn, :recordedAt, :sha256, :content)""")
                .unwrap(NativeQuery.class)
                .setParameter("id", sent.id())
                .setParameter("cpas", cpas)
                .setParameter("subjectId", subjectId)
                // Typed, so that PostgreSQL reads a missing version as an integer NULL.
                .setParameter("subjectVersion", subjectVersion, StandardBasicTypes.INTEGER)
                .setParameter("kind", kind)
                .setParameter("language", language.name())
                .setParameter("sentOn", sentOn)
                .setParameter("recordedAt", OffsetDateTime.ofInstant(sent.recordedAt(), ZoneOffset.UTC))
                .setParameter("sha256", sent.sha256())
                .setParameter("content", pdf)
                .executeUpdate();
        return sent;
    }

    /** The letters sent about {@code subjectId}, oldest first. */
    @SuppressWarnings("unchecked")
    public List<SentDocument> of(UUID subjectId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, subject_id, subject_version, kind, language, sent_on, recorded_at, sha256
                        FROM sent_document WHERE subject_id = :subjectId ORDER BY recorded_at""")
                .setParameter("subjectId", subjectId)
                .getResultList();
        return rows.stream().map(SentDocuments::sentOf).toList();
    }

    /** The letter exactly as it was sent, if it is about {@code subjectId}. */
    @SuppressWarnings("unchecked")
    public Optional<byte[]> content(UUID subjectId, UUID documentId) {
        List<byte[]> rows = entityManager.createNativeQuery("SELECT content FROM sent_document WHERE id = :id AND subject_id = :subjectId")
                .setParameter("id", documentId)
                .setParameter("subjectId", subjectId)
                .getResultList();
        return rows.stream().findFirst();
    }

    private static SentDocument sentOf(Object[] row) {
        return new SentDocument((UUID) row[0], (UUID) row[1], row[2] == null ? null : ((Number) row[2]).intValue(), (String) row[3],
                Language.valueOf(((String) row[4]).trim()), NativeValues.localDate(row[5]), NativeValues.instant(row[6]), ((String) row[7]).trim());
    }
}
