package be.cpas.piis.transfer.application;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * T5, X11: which system serves each CPAS, a deployment setting. A CPAS of the national directory
 * whose own system is given here ({@code piis.transfers.directory.cpas."<nis>".transfer-api}, the
 * base URL of its transfer API, {@code …/piis/v1}) is served there; every other one is served by
 * this deployment.
 */
@ConfigMapping(prefix = "piis.transfers.directory")
public interface CpasSystems {

    /** By NIS code, the CPAS that run a system of their own. */
    Map<String, OwnSystem> cpas();

    interface OwnSystem {

        URI transferApi();
    }
}
