package be.cpas.piis.systemtests;

import be.cpas.piis.events.Topics;
import be.cpas.piis.infra.KafkaBroker;
import be.cpas.piis.infra.PostgresServer;
import be.cpas.piis.testsupport.DevTokens;
import be.cpas.piis.testsupport.FreePorts;
import be.cpas.piis.testsupport.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One deployment: packaged services as separate processes, on their own broker and with a fresh
 * database each on the PostgreSQL server. The broker runs in the test JVM so that a test can stop
 * and restart it; a service can be stopped and started again as well.
 */
final class Platform implements AutoCloseable {

    /** transfer-service signs its own calls with the development key, which the services trust in local runs. */
    private static final Path DEV_PRIVATE_KEY = Path.of("..", "test-support", "src", "main", "resources", "dev-keys", "private.pem")
            .toAbsolutePath().normalize();
    /** Or, as in production, with a key of its own under an issuer of its own: see {@link Setup#withTransferServiceAsPlatformIssuer()}. */
    private static final Path PLATFORM_KEYS = Path.of("..", "test-support", "src", "main", "resources", "platform-test-keys")
            .toAbsolutePath().normalize();

    static final String CONTRACTS = "contracts-service";
    static final String EVALUATIONS = "evaluation-service";
    static final String TRANSFERS = "transfer-service";
    static final List<String> SERVICES = List.of(CONTRACTS, EVALUATIONS, "sanctions-service", TRANSFERS);

    private final Setup setup;
    private final Path kafkaDir;
    private final int kafkaPort;
    private final int controllerPort;
    private final PostgresServer postgres;
    private final Map<String, String> databases = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private KafkaBroker broker;

    private Platform(Setup setup) throws IOException {
        this.setup = setup;
        kafkaDir = Files.createTempDirectory("piis-system-kafka").resolve("kafka");
        kafkaPort = FreePorts.next();
        controllerPort = FreePorts.next();
        postgres = TestInfrastructure.postgres();
    }

    /** A deployment of {@code services}, started in that order by {@link Setup#start()}; {@code name} tells its logs apart. */
    static Setup deployment(String name, List<String> services) {
        return new Setup(name, services);
    }

    /**
     * A deployment before it starts: its services have their ports already, so that another
     * deployment can be told where they answer, and each may get settings of its own.
     */
    static final class Setup {

        private final String name;
        private final Map<String, Integer> ports = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> settings = new LinkedHashMap<>();

        private Setup(String name, List<String> services) {
            this.name = name;
            for (String service : services) {
                ports.put(service, FreePorts.next());
                settings.put(service, new LinkedHashMap<>());
            }
        }

        String url(String service) {
            return ServiceProcess.baseUrl(ports.get(service));
        }

        /** Passes {@code key=value} to {@code service} as a system property, over what the deployment sets itself. */
        Setup with(String service, String key, String value) {
            settings.get(service).put(key, value);
            return this;
        }

        /**
         * As in production: transfer-service signs its calls with a key of its own under an issuer of its own, and
         * every service trusts that issuer with the key's public half, from an additional configuration file.
         */
        Setup withTransferServiceAsPlatformIssuer() {
            try {
                Path trust = Files.createTempFile("piis-platform-issuers", ".properties");
                Files.writeString(trust, "piis.jwt.platform-issuers.\"%s\".publickey-location=%s%n".formatted(
                        DevTokens.PLATFORM_ISSUER.replace(":", "\\:"), PLATFORM_KEYS.resolve("public.pem").toUri()));
                ports.keySet().forEach(service -> with(service, "quarkus.config.locations", trust.toUri().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return with(TRANSFERS, "piis.transfers.token-issuer", DevTokens.PLATFORM_ISSUER)
                    .with(TRANSFERS, "smallrye.jwt.sign.key.location", PLATFORM_KEYS.resolve("private.pem").toUri().toString());
        }

        /** Starts the broker, creates the databases and starts the services; stops what started if one fails. */
        Platform start() {
            Platform platform;
            try {
                platform = new Platform(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                platform.startBroker();
                platform.broker.createTopics(Topics.ALL, 3);
                String suffix = UUID.randomUUID().toString().substring(0, 8);
                for (String service : ports.keySet()) {
                    String database = "piis_" + service.replace("-service", "").replace('-', '_') + "_system_" + suffix;
                    platform.postgres.createDatabaseIfMissing(database);
                    platform.databases.put(service, database);
                }
                // Side by side: each JVM's start-up is mostly single-threaded, so starting them together takes less than one after the other.
                for (String service : ports.keySet()) {
                    platform.services.put(service, ServiceProcess.launch(service, name.isEmpty() ? service : name + "-" + service,
                            ports.get(service), platform.settingsOf(service)));
                }
                platform.services.values().forEach(ServiceProcess::awaitReady);
                return platform;
            } catch (RuntimeException e) {
                platform.close();
                throw e;
            }
        }
    }

    private Map<String, String> settingsOf(String service) {
        Map<String, String> settings = new LinkedHashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(databases.get(service)),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "smallrye.jwt.sign.key.location", "file:" + DEV_PRIVATE_KEY));
        for (String called : List.of(CONTRACTS, EVALUATIONS)) {
            if (!service.equals(called) && setup.ports.containsKey(called)) {
                settings.put("quarkus.rest-client." + called + ".url", url(called));
            }
        }
        settings.putAll(setup.settings.get(service));
        return settings;
    }

    /** The services of this deployment, in the order they started. */
    List<String> services() {
        return List.copyOf(setup.ports.keySet());
    }

    String url(String service) {
        return setup.url(service);
    }

    /** What the process of {@code service} wrote. */
    Path log(String service) {
        return services.get(service).log();
    }

    /** Stops the process of {@code service}; its database stays. */
    void stopService(String service) {
        services.get(service).close();
    }

    /** Starts {@code service} again after {@link #stopService}: on the same port, with the same settings and database. */
    void startService(String service) {
        services.put(service, services.get(service).startAgain());
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
        // Each service takes seconds to stop gracefully: all at once.
        List<Thread> stopping = services.values().stream().map(service -> new Thread(service::close, "stopping " + service)).toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (broker != null) {
            broker.close();
        }
        databases.values().forEach(postgres::dropDatabase);
    }
}
