package be.cpas.piis.infra;

import be.cpas.piis.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * What {@code ./piis up} runs in the background: the PostgreSQL databases of the four services and a
 * Kafka broker with the platform's topics, data kept under one folder so that a restart keeps it.
 * Writes {@code ready} into that folder once everything answers, and stops cleanly on SIGTERM.
 *
 * <p>Usage: {@code LocalInfrastructure <dataDir> <kafkaPort> <postgresPort> <database>...}
 */
public final class LocalInfrastructure {

    private static final int KAFKA_CONTROLLER_PORT_OFFSET = 1;
    private static final int PARTITIONS = 3;

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 4) {
            System.err.println("usage: LocalInfrastructure <dataDir> <kafkaPort> <postgresPort> <database>...");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int kafkaPort = Integer.parseInt(args[1]);
        int postgresPort = Integer.parseInt(args[2]);
        List<String> databases = Arrays.asList(args).subList(3, args.length);
        Path readyMarker = dataDir.resolve("ready");
        Files.deleteIfExists(readyMarker);

        PostgresServer postgres = PostgresServer.useOrStart("127.0.0.1", postgresPort, Optional.of(dataDir.resolve("postgres")));
        databases.forEach(postgres::createDatabaseIfMissing);
        KafkaBroker kafka = KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort, kafkaPort + KAFKA_CONTROLLER_PORT_OFFSET);
        List<String> topics = new ArrayList<>(Topics.ALL);
        kafka.createTopics(topics, PARTITIONS);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
            stopped.countDown();
        }, "local-infrastructure-shutdown"));

        Files.writeString(readyMarker, "kafka=" + kafka.bootstrapServers() + "\npostgres=" + postgres.jdbcUrl("postgres")
                + (postgres.isEmbedded() ? " (embedded)" : "") + "\n");
        System.out.println("Kafka on " + kafka.bootstrapServers() + ", PostgreSQL on " + postgres.jdbcUrl("postgres")
                + (postgres.isEmbedded() ? " (embedded, data in " + dataDir.resolve("postgres") + ")" : ""));
        stopped.await();
    }
}
