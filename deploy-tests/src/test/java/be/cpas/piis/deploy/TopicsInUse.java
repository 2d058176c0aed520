package be.cpas.piis.deploy;

import be.cpas.piis.events.EventType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The Kafka topics the services read from, send their dead letters to, and publish their events on. */
final class TopicsInUse {

    private static final List<String> SERVICES =
            List.of("contracts-service", "evaluation-service", "sanctions-service", "transfer-service");

    /** A channel's topic and its dead-letter topic, in every profile but those of development and tests. */
    private static final Pattern TOPIC_KEY = Pattern.compile(
            "(%prod\\.)?mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(dead-letter-queue\\.)?topic");

    private TopicsInUse() {
    }

    static Set<String> in(Path repositoryRoot) {
        Set<String> topics = new TreeSet<>();
        for (String service : SERVICES) {
            Properties configuration = load(repositoryRoot.resolve(service).resolve("src/main/resources/application.properties"));
            configuration.stringPropertyNames().stream()
                    .filter(key -> TOPIC_KEY.matcher(key).matches())
                    .map(configuration::getProperty)
                    .map(String::trim)
                    .forEach(topics::add);
        }
        for (EventType event : EventType.values()) {
            topics.add(event.topic());
        }
        return topics;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the configuration " + file, e);
        }
        return properties;
    }
}
