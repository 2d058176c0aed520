package be.cpas.piis.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * A real Kafka broker and a fresh PostgreSQL database for a service's {@code @QuarkusTest}s, and
 * contracts-service's beneficiary cards for the letters it writes ({@link BeneficiaryCardsStandIn}). The
 * {@code service} argument names the database ({@code piis_<service>_test_<random>}), which is
 * dropped when the tests are done.
 */
public class ServiceTestResources implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE = "service";

    private String service;
    private String database;
    private BeneficiaryCardsStandIn beneficiaryCards;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault(SERVICE, "service");
    }

    @Override
    public Map<String, String> start() {
        database = "piis_" + service + "_test_" + UUID.randomUUID().toString().substring(0, 8);
        TestInfrastructure.postgres().createDatabaseIfMissing(database);
        beneficiaryCards = BeneficiaryCardsStandIn.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", TestInfrastructure.postgres().jdbcUrl(database),
                "quarkus.datasource.username", TestInfrastructure.postgres().username(),
                "kafka.bootstrap.servers", TestInfrastructure.broker().bootstrapServers(),
                "quarkus.rest-client.contracts-service.url", beneficiaryCards.url());
    }

    @Override
    public void stop() {
        if (beneficiaryCards != null) {
            beneficiaryCards.close();
        }
        if (database != null) {
            TestInfrastructure.postgres().dropDatabase(database);
        }
    }
}
