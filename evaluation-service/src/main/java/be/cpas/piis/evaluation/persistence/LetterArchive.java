package be.cpas.piis.evaluation.persistence;

import be.cpas.piis.evaluation.domain.LetterKind;
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
import java.util.Optional;
import java.util.UUID;

/** A3: the letters sent for appointments, kept byte for byte with the day they were sent. */
@ApplicationScoped
public class LetterArchive {

    public record SentLetter(UUID id, UUID appointmentId, LetterKind kind, Language language, LocalDate sentOn, Instant recordedAt,
                             String sha256) {
    }

    @Inject
    EntityManager entityManager;

    public void keep(SentLetter letter, String cpas, byte[] pdf) {
        entityManager.createNativeQuery("""
                        INSERT INTO appointment_letter (id, cpas, appointment_id, kind, language, sent_on, recorded_at, sha256, content)
                        VALUES (:id, :cpas, :appointmentId, :kind, :language, :sentOn, :recordedAt, :sha256, :content)""")
                .setParameter("id", letter.id())
                .setParameter("cpas", cpas)
                .setParameter("appointmentId", letter.appointmentId())
                .setParameter("kind", letter.kind().name())
                .setParameter("language", letter.language().name())
                .setParameter("sentOn", letter.sentOn())
                .setParameter("recordedAt", OffsetDateTime.ofInstant(letter.recordedAt(), ZoneOffset.UTC))
                .setParameter("sha256", letter.sha256())
                .setParameter("content", pdf)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<SentLetter> list(UUID appointmentId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, appointment_id, kind, language, sent_on, recorded_at, sha256
                        FROM appointment_letter WHERE appointment_id = :appointmentId ORDER BY recorded_at""")
                .setParameter("appointmentId", appointmentId)
                .getResultList();
        return rows.stream().map(LetterArchive::sentOf).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<byte[]> content(UUID appointmentId, UUID letterId) {
        List<byte[]> rows = entityManager.createNativeQuery("SELECT content FROM appointment_letter WHERE id = :id AND appointment_id = :appointmentId")
                .setParameter("id", letterId)
                .setParameter("appointmentId", appointmentId)
                .getResultList();
        return rows.stream().findFirst();
    }

    private static SentLetter sentOf(Object[] row) {
        return new SentLetter((UUID) row[0], (UUID) row[1], LetterKind.valueOf((String) row[2]), Language.valueOf(((String) row[3]).trim()),
                NativeValues.localDate(row[4]), NativeValues.instant(row[5]), ((String) row[6]).trim());
    }
}
