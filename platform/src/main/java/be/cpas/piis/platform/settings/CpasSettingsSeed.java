package be.cpas.piis.platform.settings;

import be.cpas.piis.events.CpasSettingsChanged;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sample CPAS settings of local runs and tests (profiles dev, local and test set
 * {@code piis.settings.seed}): kept at start as version 0 wherever no version is kept yet, in every
 * service alike, so that a local run writes letters from its first minute. A deployment sets none:
 * its CPAS_ADMINs keep their settings through the API.
 */
@ApplicationScoped
public class CpasSettingsSeed {

    @ConfigProperty(name = "piis.settings.seed")
    Optional<String> seed;

    @Inject
    CpasSettingsStore store;

    @Inject
    ObjectMapper json;

    @Transactional
    void keepSamples(@Observes StartupEvent start) {
        if (seed.isEmpty()) {
            return;
        }
        try (InputStream samples = Thread.currentThread().getContextClassLoader().getResourceAsStream(seed.get())) {
            if (samples == null) {
                throw new IllegalStateException("No sample CPAS settings at " + seed.get());
            }
            json.readValue(samples, new TypeReference<List<CpasSettingsChanged>>() { }).stream()
                    .map(sample -> new CpasSettingsChanged(CpasSettingsStore.idOf(sample.cpas()), sample.cpas(), 0, sample.names(),
                            sample.addresses(), sample.meetingPlaces(), sample.signatories(), sample.sender(), sample.labourTribunals()))
                    .forEach(store::keep);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample CPAS settings are unreadable", e);
        }
    }
}
