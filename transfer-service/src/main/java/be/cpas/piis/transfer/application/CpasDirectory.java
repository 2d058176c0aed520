package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.directory.Municipality;
import be.cpas.piis.platform.directory.NationalDirectory;
import be.cpas.piis.platform.document.Language;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * T1, T5, X11: every CPAS a transfer may go to, those of the national directory, and the system
 * that serves each: this deployment, or the CPAS's own system ({@link CpasSystems}).
 */
@ApplicationScoped
@Startup
public class CpasDirectory {

    @Inject
    NationalDirectory national;

    @Inject
    CpasSystems systems;

    /** A CPAS of the directory; {@code transferApi} is its own system's, absent when this deployment serves it. */
    public record Cpas(Municipality municipality, Optional<URI> transferApi) {

        public String nisCode() {
            return municipality.nisCode();
        }

        public boolean servedHere() {
            return transferApi.isEmpty();
        }

        /** Its name in a text of {@code language}. */
        public String name(Language language) {
            return municipality.cpasName(language);
        }
    }

    /** A system given for a CPAS the directory does not know would never be used: a typo in the settings stops the start. */
    @PostConstruct
    void requireKnownCpas() {
        List<String> unknown = systems.cpas().keySet().stream().filter(nis -> national.municipality(nis).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("piis.transfers.directory.cpas names CPAS that the national directory does not know: " + unknown
                    + " (add them with piis.directory.corrections, or correct the NIS codes)");
        }
    }

    public Optional<Cpas> find(String nisCode) {
        return national.municipality(nisCode).map(this::cpasOf);
    }

    /** Up to {@code limit} CPAS by NIS code after {@code afterNisCode} (from the first when absent), those {@code wanted} only. */
    public List<Cpas> page(Predicate<Municipality> wanted, Optional<String> afterNisCode, int limit) {
        return national.municipalities().stream()
                .filter(municipality -> afterNisCode.map(after -> municipality.nisCode().compareTo(after) > 0).orElse(true))
                .filter(wanted)
                .limit(limit)
                .map(this::cpasOf)
                .toList();
    }

    private Cpas cpasOf(Municipality municipality) {
        return new Cpas(municipality, Optional.ofNullable(systems.cpas().get(municipality.nisCode())).map(CpasSystems.OwnSystem::transferApi));
    }
}
