package be.cpas.piis.testsupport;

import be.cpas.piis.events.Topics;
import be.cpas.piis.infra.KafkaBroker;
import be.cpas.piis.infra.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The broker and the database server of one test JVM, started on first use and stopped when the
 * JVM ends. The broker gets free ports and a throw-away folder, so that tests never meet a local run.
 */
public final class TestInfrastructure {

    private static final String POSTGRES_HOST = "127.0.0.1";
    private static final int POSTGRES_PORT = Integer.getInteger("piis.test.postgres-port", 5432);

    private static KafkaBroker broker;
    private static PostgresServer postgres;

    private TestInfrastructure() {
    }

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            try {
                Path logDir = Files.createTempDirectory("piis-test-kafka").resolve("kafka");
                broker = KafkaBroker.start(logDir, FreePorts.next(), FreePorts.next());
                broker.createTopics(Topics.ALL, 3);
                Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-kafka-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broker;
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.useOrStart(POSTGRES_HOST, POSTGRES_PORT, Optional.empty());
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "test-postgres-shutdown"));
        }
        return postgres;
    }
}
