package be.cpas.piis.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import be.cpas.piis.systemtests.FuzzReport.Answer;
import be.cpas.piis.systemtests.OpenApiDocument.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sends thousands of malformed requests to every operation of the four services' OpenAPI documents, on one
 * deployment with real data of one CPAS, and checks every answer as X5 and [err-sanit] ask: never a 5xx, every 4xx a
 * problem ({@code application/problem+json} with {@code type}, {@code title} and the HTTP {@code status}), the status
 * the design names where it names one (400 malformed input, 401/403 identity and rights, 404 not yours, 405, 406,
 * 415), no stack trace, SQL or class name in any body, and no ERROR with a stack trace in any service's log.
 *
 * <p>What it sends follows from a seed ({@code -Dpiis.fuzz.seed}, printed at the start), the documents and the
 * seeded data, so that a failure replays. All failures are collected, then reported grouped by cause.
 */
class FuzzTest {

    static final long DEFAULT_SEED = 20_261_201L;
    private static final int MINIMUM_REQUESTS = 4_000;
    private static final Path REPORT = Path.of("target", "system-tests", "fuzz-report.txt");

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void X5_X1_X2_malformed_requests_to_every_operation_are_refused_as_problems_never_with_a_server_error() throws Exception {
        long seed = Long.getLong("piis.fuzz.seed", DEFAULT_SEED);
        int threads = Integer.getInteger("piis.fuzz.threads", 4);
        System.out.println("Fuzz seed " + seed + " (replay: -Dpiis.fuzz.seed=" + seed + "), " + threads + " client threads");
        Map<String, Duration> phases = new LinkedHashMap<>();
        Instant started = Instant.now();
        try (Platform platform = Platform.deployment("fuzz", Platform.SERVICES).withTransferServiceAsPlatformIssuer().start()) {
            started = lap(phases, "start-up", started);
            FuzzTokens tokens = new FuzzTokens();
            FuzzSeed data = FuzzSeed.make(platform, tokens);
            data.missing().forEach(missing -> System.out.println("Fuzz seed data not made, its requests take random ids: " + missing));
            started = lap(phases, "seeding", started);

            List<List<FuzzRequest>> malformed = new ArrayList<>();
            List<List<FuzzRequest>> baselines = new ArrayList<>();
            Set<String> operations = new TreeSet<>();
            Map<String, String> urls = new LinkedHashMap<>();
            for (String service : platform.services()) {
                urls.put(service, platform.url(service));
                OpenApiDocument document = OpenApiDocument.of(service, platform.url(service));
                List<Operation> ofService = document.operations();
                ofService.forEach(operation -> operations.add(service + " " + operation.key()));
                FuzzRequests requests = new FuzzRequests(document, ofService, data, tokens, seed);
                malformed.addAll(requests.malformed());
                baselines.add(requests.baselines());
            }
            started = lap(phases, "documents", started);

            FuzzReport report = new FuzzReport();
            send(malformed, urls, threads, report);
            send(baselines, urls, threads, report);
            started = lap(phases, "requests", started);

            // What the requests set going (events, outbox relays) has a moment to fail before the logs are read.
            Thread.sleep(1_500);
            Map<String, Path> logs = new LinkedHashMap<>();
            platform.services().forEach(service -> logs.put(service, platform.log(service)));
            report.scanLogs(logs);
            lap(phases, "logs", started);

            String summary = report.summary(seed, operations.size(), phases);
            System.out.println(summary);
            List<String> refused = report.baselinesRefusedAsInvalid();
            if (!refused.isEmpty()) {
                System.out.println("Valid-looking requests refused with 400 (the document and the API may disagree there):\n  "
                        + String.join("\n  ", refused));
            }
            String failures = report.passed() ? "" : report.failures(seed);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, summary + "\n" + failures);

            assertThat(report.requests()).as("requests sent").isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
            assertThat(report.operationsAnswered()).as("operations that answered at least once").containsAll(operations);
            if (!report.passed()) {
                fail(failures + "\n(also in " + REPORT.toAbsolutePath() + ")");
            }
        }
    }

    private static Instant lap(Map<String, Duration> phases, String phase, Instant since) {
        Instant now = Instant.now();
        phases.put(phase, Duration.between(since, now));
        System.out.printf("Fuzz %s: %.1f s%n", phase, Duration.between(since, now).toMillis() / 1000.0);
        return now;
    }

    /**
     * Sends each list of requests in order on one client thread: the lists are spread over {@code threads} lanes by
     * size, always the same way, so that each operation sees its requests in the order the seed gives.
     */
    private static void send(List<List<FuzzRequest>> groups, Map<String, String> urls, int threads, FuzzReport report) throws Exception {
        List<List<FuzzRequest>> lanes = new ArrayList<>();
        long[] sizes = new long[threads];
        for (int i = 0; i < threads; i++) {
            lanes.add(new ArrayList<>());
        }
        for (List<FuzzRequest> group : groups) {
            int lightest = 0;
            for (int i = 1; i < threads; i++) {
                if (sizes[i] < sizes[lightest]) {
                    lightest = i;
                }
            }
            lanes.get(lightest).addAll(group);
            sizes[lightest] += group.size();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int lane = 0; lane < threads; lane++) {
                List<FuzzRequest> requests = lanes.get(lane);
                long first = (long) lane << 32;
                running.add(pool.submit(() -> sendAll(requests, first, urls, report)));
            }
            for (Future<?> lane : running) {
                lane.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sendAll(List<FuzzRequest> requests, long first, Map<String, String> urls, FuzzReport report) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        long order = first;
        for (FuzzRequest request : requests) {
            Answer answer = answer(client, urls.get(request.service()), request);
            if (answer.failure() != null && answer.failure().contains("received no bytes")) {
                // The connection came from the pool already closed by the service after an earlier answer: once more on a new one.
                client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                report.retried();
                answer = answer(client, urls.get(request.service()), request);
            }
            report.record(order++, request, answer);
        }
    }

    private static Answer answer(HttpClient client, String baseUrl, FuzzRequest request) {
        long started = System.nanoTime();
        HttpRequest http;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                    .timeout(Duration.ofSeconds(30))
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(header -> builder.header(header.getKey(), header.getValue()));
            http = builder.build();
        } catch (IllegalArgumentException unsendable) {
            return Answer.none("the suite could not send it: " + unsendable.getMessage(), 0);
        }
        try {
            HttpResponse<byte[]> response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), null,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            return Answer.none(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.none("interrupted", 0);
        }
    }
}
