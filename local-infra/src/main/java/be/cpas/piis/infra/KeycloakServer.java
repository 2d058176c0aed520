package be.cpas.piis.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak, the identity provider of local runs and of the console's tests: the distribution
 * from Maven Central ({@code org.keycloak:keycloak-quarkus-dist}), unpacked once, started in
 * development mode as a child process with the {@code piis} realm imported (sample users of CPAS
 * 21004 and 62063, their {@code cpas} claim and their roles in {@code groups}). Keycloak needs
 * Java 21 or later, which it finds under /usr/lib/jvm unless {@code PIIS_KEYCLOAK_JAVA_HOME} names one.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "piis";
    /** The password of every sample user of the realm. */
    public static final String SAMPLE_PASSWORD = "piis";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final int FIRST_JAVA_IT_RUNS_ON = 21;

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * What {@code ./piis up} runs in the background: Keycloak until this process is stopped.
     *
     * <p>Usage: {@code KeycloakServer <distribution zip> <home> <port> <managementPort> <console URL> <log>}
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 6) {
            System.err.println("usage: KeycloakServer <distribution zip> <home> <port> <managementPort> <console URL> <log>");
            System.exit(2);
        }
        KeycloakServer server = start(Path.of(args[0]), Path.of(args[1]).toAbsolutePath(), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), args[4], Path.of(args[5]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "keycloak-shutdown"));
        System.out.println("Keycloak on " + server.issuer());
        stopped.await();
    }

    /**
     * Unpacks {@code distribution} under {@code home} unless it is there, imports the realm with the
     * console answering at {@code consoleUrl}, starts Keycloak on {@code port} (its management
     * interface on {@code managementPort}) and waits until the realm answers.
     */
    public static KeycloakServer start(Path distribution, Path home, int port, int managementPort, String consoleUrl, Path log) {
        try {
            Path installed = unpacked(distribution, home);
            // Keycloak imports a realm only when it does not have it yet: its database goes at each start, so that
            // the realm is always the one of the repository, with the console's address of this run.
            deleteRecursively(installed.resolve("data").resolve("h2"));
            Path imports = installed.resolve("data").resolve("import");
            Files.createDirectories(imports);
            Files.writeString(imports.resolve(REALM + "-realm.json"), realm());
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(installed.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--hostname-strict=false", "--import-realm", "--cache=local")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", javaHome().toString());
            // The realm names the console's address as ${PIIS_CONSOLE_URL}, which Keycloak resolves at import,
            // as it does in docker-compose.yml.
            builder.environment().put("PIIS_CONSOLE_URL", consoleUrl);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            KeycloakServer server = new KeycloakServer(builder.start(), port);
            server.awaitReady(log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + distribution, e);
        }
    }

    /** The issuer of the realm's tokens, as the services and the console know it. */
    public String issuer() {
        return issuerOn(port);
    }

    public static String issuerOn(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** Where the realm publishes the keys that verify its tokens. */
    public String keys() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    @Override
    public void close() {
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private void awaitReady(Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest wellKnown = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped before it was ready: see " + log);
            }
            try {
                if (client.send(wellKnown, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT.toSeconds() + " s: see " + log);
    }

    private static String realm() throws IOException {
        try (InputStream template = KeycloakServer.class.getResourceAsStream("/keycloak/" + REALM + "-realm.json")) {
            Objects.requireNonNull(template, "The realm is missing from local-infra's resources");
            return new String(template.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The distribution's folder under {@code home}, unpacked from {@code distribution} the first time. */
    private static Path unpacked(Path distribution, Path home) throws IOException {
        Path done = home.resolve(distribution.getFileName() + ".unpacked");
        if (!Files.exists(done)) {
            Files.createDirectories(home);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = home.resolve(entry.getName()).normalize();
                    if (!target.startsWith(home)) {
                        throw new IOException("The distribution holds a path outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                        if (target.getParent().getFileName().toString().equals("bin") && target.toString().endsWith(".sh")) {
                            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                        }
                    }
                }
            }
            Files.writeString(done, distribution.toString());
        }
        try (Stream<Path> folders = Files.list(home)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("bin").resolve("kc.sh")))
                    .findFirst()
                    .orElseThrow(() -> new IOException("No Keycloak in " + home));
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path javaHome() {
        Optional<Path> configured = Optional.ofNullable(System.getenv("PIIS_KEYCLOAK_JAVA_HOME")).map(Path::of);
        if (configured.isPresent()) {
            return configured.get();
        }
        if (Runtime.version().feature() >= FIRST_JAVA_IT_RUNS_ON) {
            return Path.of(System.getProperty("java.home"));
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            List<Path> candidates = jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin").resolve("java")))
                    .filter(jdk -> featureOf(jdk) >= FIRST_JAVA_IT_RUNS_ON)
                    .sorted(Comparator.comparingInt(KeycloakServer::featureOf).reversed())
                    .toList();
            return candidates.stream().findFirst().orElseThrow(() -> new IllegalStateException(
                    "Keycloak needs Java " + FIRST_JAVA_IT_RUNS_ON + " or later: none under /usr/lib/jvm; set PIIS_KEYCLOAK_JAVA_HOME"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature version of the JDK in {@code jdk}, from its {@code release} file; 0 when unreadable. */
    private static int featureOf(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .map(version -> Integer.parseInt(version.split("[.+-]")[0]))
                    .findFirst().orElse(0);
        } catch (IOException | NumberFormatException unreadable) {
            return 0;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
