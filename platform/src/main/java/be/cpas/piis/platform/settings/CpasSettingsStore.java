package be.cpas.piis.platform.settings;

import be.cpas.piis.events.CpasSettingsChanged;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * This service's copy of every CPAS's settings (X12), kept from the CpasSettingsChanged events of
 * their owner, transfer-service, which keeps its own the same way. A copy only ever moves to a
 * higher version, so that a redelivered or late event changes nothing.
 */
@ApplicationScoped
public class CpasSettingsStore {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** The id of a CPAS's settings, the same in every service: the subject of their events. */
    public static UUID idOf(String cpas) {
        return UUID.nameUUIDFromBytes(("urn:cpas:piis:settings:" + cpas).getBytes(StandardCharsets.UTF_8));
    }

    /** The settings of {@code cpas}; every accessor of a CPAS that kept none refuses with X12. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CpasSettings of(String cpas) {
        return kept(cpas).map(settings -> new CpasSettings(cpas, settings)).orElseGet(() -> CpasSettings.none(cpas));
    }

    /** The settings as last kept, if the CPAS kept any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CpasSettingsChanged> kept(String cpas) {
        List<?> rows = entityManager.createNativeQuery("SELECT content FROM cpas_settings WHERE cpas = :cpas")
                .setParameter("cpas", cpas)
                .getResultList();
        return rows.stream().findFirst().map(content -> read((String) content));
    }

    /** Keeps {@code settings} unless a version as recent is kept already; returns whether it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean keep(CpasSettingsChanged settings) {
        return entityManager.createNativeQuery("""
                        INSERT INTO cpas_settings (cpas, settings_id, version, content, kept_at)
                        VALUES (:cpas, :settingsId, :version, :content, now())
                        ON CONFLICT (cpas) DO UPDATE
                            SET settings_id = excluded.settings_id, version = excluded.version, content = excluded.content, kept_at = now()
                            WHERE cpas_settings.version < excluded.version""")
                .setParameter("cpas", settings.cpas())
                .setParameter("settingsId", settings.settingsId())
                .setParameter("version", settings.version())
                .setParameter("content", write(settings))
                .executeUpdate() == 1;
    }

    private CpasSettingsChanged read(String content) {
        try {
            return json.readValue(content, CpasSettingsChanged.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Kept CPAS settings are unreadable", e);
        }
    }

    private String write(CpasSettingsChanged settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CPAS settings cannot be kept", e);
        }
    }
}
