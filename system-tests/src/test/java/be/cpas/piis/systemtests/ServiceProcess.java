package be.cpas.piis.systemtests;

import be.cpas.piis.testsupport.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service (its {@code quarkus-app}) running as a separate JVM, as in production. */
final class ServiceProcess implements AutoCloseable {

    /** Generous: the services of a deployment start side by side, on machines that run other builds too. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    /** Where a service of the platform answers 200 once it is ready (the Belgif health resource). */
    static final String SERVICE_HEALTH = "/piis/v1/health";

    private final String name;
    private final int port;
    private final String readyPath;
    private final List<String> command;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, String readyPath, List<String> command, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.readyPath = readyPath;
        this.command = command;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code ../<name>/target/quarkus-app} on {@code port} (its management interface on a free port) with
     * {@code settings} as system properties, logging to
     * {@code target/system-tests/<logName>.log}, and waits until it is ready.
     */
    static ServiceProcess start(String name, String logName, int port, Map<String, String> settings) {
        ServiceProcess service = launch(name, logName, port, settings);
        service.awaitReady();
        return service;
    }

    /** As {@link #start}, without waiting: {@link #awaitReady} waits, so that several services start side by side. */
    static ServiceProcess launch(String name, String logName, int port, Map<String, String> settings) {
        return launch(name, logName, port, settings, SERVICE_HEALTH);
    }

    /** As {@link #launch(String, String, int, Map)}, ready once {@code readyPath} answers 200. */
    static ServiceProcess launch(String name, String logName, int port, Map<String, String> settings, String readyPath) {
        Path jar = Path.of("..", name, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn -B verify from the root)");
        }
        try {
            Path log = Files.createDirectories(Path.of("target", "system-tests")).resolve(logName + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-Dquarkus.profile=local", "-Dquarkus.http.port=" + port,
                    "-Dquarkus.management.port=" + FreePorts.next()));
            settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", jar.toString()));
            return launch(name, port, readyPath, List.copyOf(command), log, Redirect.to(log.toFile()), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same service once this process stopped: on the same port, with the same settings, its log going on in the same file. */
    ServiceProcess startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return launch(name, port, readyPath, command, log, Redirect.appendTo(log.toFile()), true);
    }

    private static ServiceProcess launch(String name, int port, String readyPath, List<String> command, Path log, Redirect output,
                                         boolean await) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
            ServiceProcess service = new ServiceProcess(name, port, readyPath, command, process, log);
            if (await) {
                service.awaitReady();
            }
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return baseUrl(port);
    }

    /** Everything the process wrote, standard output and error together. */
    Path log() {
        return log;
    }

    static String baseUrl(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the service answers ready; stops it and throws if it does not in time, or stops first. */
    void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log.toAbsolutePath());
            }
            if (answersReady()) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        close();
        throw new IllegalStateException(name + " not ready after " + READY_TIMEOUT + "; see " + log.toAbsolutePath());
    }

    private boolean answersReady() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + readyPath).toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
