package be.cpas.piis.transfer.application;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The CPAS this deployment knows, by the NIS code of their municipality: their name, the language
 * of their letters and, for a CPAS that runs its own system, the base URL of its transfer API (T5).
 * A CPAS without one is served by this deployment.
 */
@ConfigMapping(prefix = "piis.transfers.directory")
public interface CpasDirectory {

    Map<String, Entry> cpas();

    interface Entry {

        String name();

        /** {@code fr}, {@code nl} or {@code de}. */
        String language();

        /** The base URL of the CPAS's own system ({@code …/piis/v1}); absent when this deployment serves it. */
        Optional<URI> transferApi();
    }

    default Optional<Entry> find(String nisCode) {
        return Optional.ofNullable(cpas().get(nisCode));
    }
}
