package be.cpas.piis.contracts.persistence;

import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A3: the copies handed to beneficiaries, kept byte for byte with the day they were handed over. */
@ApplicationScoped
public class DocumentArchive {

    public record KeptDocument(UUID id, UUID contractId, int version, Language language, LocalDate handedOverOn,
                               Instant recordedAt, String sha256) {
    }

    @Inject
    EntityManager entityManager;

    public void keep(KeptDocument document, String cpas, byte[] pdf) {
        entityManager.createNativeQuery("""
                        INSERT INTO contract_document (id, contract_id, cpas, version, language, handed_over_on, recorded_at, sha256, content)
                        VALUES (:id, :contractId, :cpas, :version, :language, :handedOverOn, :recordedAt, :sha256, :content)""")
                .setParameter("id", document.id())
                .setParameter("contractId", document.contractId())
                .setParameter("cpas", cpas)
                .setParameter("version", document.version())
                .setParameter("language", document.language().name())
                .setParameter("handedOverOn", document.handedOverOn())
                .setParameter("recordedAt", OffsetDateTime.ofInstant(document.recordedAt(), ZoneOffset.UTC))
                .setParameter("sha256", document.sha256())
                .setParameter("content", pdf)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<KeptDocument> list(UUID contractId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, contract_id, version, language, handed_over_on, recorded_at, sha256
                        FROM contract_document WHERE contract_id = :contractId ORDER BY recorded_at""")
                .setParameter("contractId", contractId)
                .getResultList();
        return rows.stream().map(DocumentArchive::keptOf).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<byte[]> content(UUID contractId, UUID documentId) {
        List<byte[]> rows = entityManager.createNativeQuery("SELECT content FROM contract_document WHERE id = :id AND contract_id = :contractId")
                .setParameter("id", documentId)
                .setParameter("contractId", contractId)
                .getResultList();
        return rows.stream().findFirst();
    }

    private static KeptDocument keptOf(Object[] row) {
        return new KeptDocument((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(),
                Language.valueOf(((String) row[3]).toUpperCase(Locale.ROOT)), NativeValues.localDate(row[4]),
                NativeValues.instant(row[5]), ((String) row[6]).trim());
    }
}
