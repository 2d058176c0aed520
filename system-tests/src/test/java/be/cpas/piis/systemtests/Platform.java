package be.cpas.piis.systemtests;

import be.cpas.piis.events.Topics;
import be.cpas.piis.infra.KafkaBroker;
import be.cpas.piis.infra.PostgresServer;
import be.cpas.piis.testsupport.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The four packaged services as separate processes, on one broker and one PostgreSQL server with
 * a fresh database each. The broker runs in the test JVM so that a test can stop and restart it.
 */
final class Platform implements AutoCloseable {

    /** transfer-service signs its own calls with the development key, which the services trust in local runs. */
    private static final Path DEV_PRIVATE_KEY = Path.of("..", "test-support", "src", "main", "resources", "dev-keys", "private.pem")
            .toAbsolutePath().normalize();

    static final List<String> SERVICES = List.of("contracts-service", "evaluation-service", "sanctions-service", "transfer-service");

    private final Path kafkaDir;
    private final int kafkaPort;
    private final int controllerPort;
    private final PostgresServer postgres;
    private final Map<String, String> databases = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private KafkaBroker broker;

    private Platform() throws IOException {
        kafkaDir = Files.createTempDirectory("piis-system-kafka").resolve("kafka");
        kafkaPort = freePort();
        controllerPort = freePort();
        postgres = TestInfrastructure.postgres();
    }

    static Platform start() {
        try {
            Platform platform = new Platform();
            platform.startBroker();
            platform.broker.createTopics(Topics.ALL, 3);
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            for (String service : SERVICES) {
                String database = "piis_" + service.replace("-service", "").replace('-', '_') + "_system_" + suffix;
                platform.postgres.createDatabaseIfMissing(database);
                platform.databases.put(service, database);
                Map<String, String> settings = new LinkedHashMap<>(Map.of(
                        "quarkus.datasource.jdbc.url", platform.postgres.jdbcUrl(database),
                        "kafka.bootstrap.servers", platform.broker.bootstrapServers(),
                        "smallrye.jwt.sign.key.location", "file:" + DEV_PRIVATE_KEY));
                if (platform.services.containsKey("contracts-service")) {
                    settings.put("quarkus.rest-client.contracts-service.url", platform.url("contracts-service"));
                }
                platform.services.put(service, ServiceProcess.start(service, settings));
            }
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String service) {
        return services.get(service).baseUrl();
    }

    void stopBroker() {
        broker.close();
        broker = null;
    }

    /** Starts the broker again on the same ports and log folder: the topics and offsets are still there. */
    void startBroker() {
        broker = KafkaBroker.start(kafkaDir, kafkaPort, controllerPort);
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
        if (broker != null) {
            broker.close();
        }
        databases.values().forEach(postgres::dropDatabase);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
