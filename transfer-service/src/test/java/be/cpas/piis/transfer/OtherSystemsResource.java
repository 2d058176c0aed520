package be.cpas.piis.transfer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the {@link OtherSystems} before transfer-service, and points its configuration at them. */
public class OtherSystemsResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        OtherSystems systems = OtherSystems.started();
        return Map.of(
                "quarkus.rest-client.contracts-service.url", systems.servicesUrl(),
                "quarkus.rest-client.evaluation-service.url", systems.servicesUrl(),
                "piis.transfers.directory.cpas.\"" + OtherSystems.NAMUR + "\".transfer-api", systems.transferApi(OtherSystems.NAMUR),
                "piis.transfers.directory.cpas.\"" + OtherSystems.CHARLEROI + "\".transfer-api", systems.transferApi(OtherSystems.CHARLEROI));
    }

    @Override
    public void stop() {
        // The servers live as long as the test JVM, like its broker.
    }
}
