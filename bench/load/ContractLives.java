import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contract lives through the API of contracts-service, in two phases because a signature waits for
 * the reflection period (C7) and a fact date is never in the future (X9): {@code propose} registers
 * a beneficiary, drafts their contract and hands it over, and writes the contract's id to a file;
 * once the service's clock has moved past the reflection period, {@code sign} records the
 * beneficiary's and the CPAS's signatures of each contract of that file (the contract becomes
 * active). Either phase runs closed-loop ({@code --connections N}: N lives at a time, each one
 * request after the other) or at a fixed rate ({@code --rate R}: a life starts every 1/R seconds
 * whatever the answers, and its first request is timed from the moment it was due, so that a slow
 * answer cannot hide the ones that would have waited behind it).
 *
 * <p>Prints, per operation, the requests answered as expected, the failed ones, the rate, p50 and
 * p99. Java 17, no dependency: {@code java bench/load/ContractLives.java} with no argument prints
 * the options.
 */
public final class ContractLives {

    private static final String USAGE = """
            usage: java bench/load/ContractLives.java propose|sign --url BASE_URL --token TOKEN --contracts FILE
                   [--connections N | --rate LIVES_PER_SECOND] [--duration SECONDS] [--lives N]
                   [--first-beneficiary N] [--latencies FILE] [--title TEXT]

              propose  register a beneficiary, draft their contract and propose it, for each life;
                       appends each proposed contract's id to --contracts
              sign     the beneficiary's, then the CPAS's signature of each contract of --contracts
                       (run once the clock of the service is past the reflection periods)

              --url                 contracts-service's base URL, e.g. http://127.0.0.1:28081/piis/v1
              --token               a SOCIAL_WORKER token of the CPAS (./piis token --cpas 21004 --roles SOCIAL_WORKER)
              --connections N       closed loop: N lives at a time (default 8)
              --rate R              fixed rate: R lives started per second instead
              --duration SECONDS    start no life after that many seconds (default: propose 20, sign until the file is done)
              --lives N             start no more than N lives
              --first-beneficiary N number of the first beneficiary, whose NISS follows from it (default 0):
                                    give each run on the same database numbers of its own
              --latencies FILE      append the latency of every request answered as expected, in microseconds
              --title TEXT          first line of the report
            """;

    /** The requests of a life, in their order. */
    enum Operation {
        REGISTER("register"), DRAFT("draft"), PROPOSE("propose"), SIGN_BENEFICIARY("sign beneficiary"), SIGN_CPAS("sign cpas");

        final String label;

        Operation(String label) {
            this.label = label;
        }
    }

    /** The birth dates the NISS of beneficiary n are made from: 997 serial numbers per day from 1940 to 1999. */
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int SERIALS_PER_DAY = 997;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-zA-Z]+)\"");
    private static final int FAILURES_SHOWN = 5;

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Latencies latencies = new Latencies();
    private final List<String> proposed = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger livesDone = new AtomicInteger();
    private final AtomicInteger failuresShown = new AtomicInteger();

    private ContractLives(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        new ContractLives(options).run();
    }

    private void run() throws Exception {
        List<String> toSign = options.signing ? Files.readAllLines(options.contracts).stream().filter(line -> !line.isBlank()).toList() : List.of();
        int lives = options.signing ? Math.min(toSign.size(), options.lives) : options.lives;
        long started = System.nanoTime();
        long deadline = options.duration == null ? Long.MAX_VALUE : started + TimeUnit.MILLISECONDS.toNanos(Math.round(options.duration * 1000));
        LifeRunner life = options.signing ? (number, due) -> sign(toSign.get(number), due) : this::propose;
        if (options.rate == null) {
            closedLoop(life, lives, deadline);
        } else {
            fixedRate(life, lives, started, deadline);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!options.signing) {
            Files.write(options.contracts, proposed, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (options.latencyFile != null) {
            latencies.appendTo(options.latencyFile);
        }
        report(System.out, seconds);
    }

    @FunctionalInterface
    private interface LifeRunner {
        /** Runs life {@code number}, its first request due at {@code dueNanos}; false when a request failed. */
        boolean run(int number, long dueNanos);
    }

    private void closedLoop(LifeRunner life, int lives, long deadline) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService connections = Executors.newFixedThreadPool(options.connections);
        for (int c = 0; c < options.connections; c++) {
            connections.execute(() -> {
                int number;
                while ((number = next.getAndIncrement()) < lives && System.nanoTime() < deadline) {
                    if (life.run(number, System.nanoTime())) {
                        livesDone.incrementAndGet();
                    }
                }
            });
        }
        connections.shutdown();
        connections.awaitTermination(1, TimeUnit.DAYS);
    }

    /** Starts life n at {@code started + n / rate}, on a thread of its own so that a slow life never delays the next. */
    private void fixedRate(LifeRunner life, int lives, long started, long deadline) throws InterruptedException {
        ExecutorService inFlight = Executors.newCachedThreadPool();
        double interval = 1e9 / options.rate;
        for (int number = 0; number < lives; number++) {
            long due = started + Math.round(number * interval);
            if (due >= deadline) {
                break;
            }
            for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                LockSupport.parkNanos(wait);
            }
            int current = number;
            inFlight.execute(() -> {
                if (life.run(current, due)) {
                    livesDone.incrementAndGet();
                }
            });
        }
        inFlight.shutdown();
        inFlight.awaitTermination(1, TimeUnit.DAYS);
    }

    private boolean propose(int number, long due) {
        int beneficiaryNumber = options.firstBeneficiary + number;
        LocalDate birth = FIRST_BIRTH.plusDays(beneficiaryNumber / SERIALS_PER_DAY);
        String beneficiary = """
                {"ssin":"%s","firstName":"Ana","lastName":"Peeters","birthDate":"%s","language":"fr","risDecisionDate":"2026-11-02"}"""
                .formatted(ssin(birth, beneficiaryNumber % SERIALS_PER_DAY + 1), birth);
        Answer registered = send(Operation.REGISTER, "/beneficiaries", beneficiary, 201, due);
        if (registered == null) {
            return false;
        }
        String contract = """
                {"beneficiaryId":"%s","type":"general","startDate":"2027-02-01","endDate":"2028-01-31",\
                "referentWorker":"Marie Dubois","replacementWorker":"Jan Claes",\
                "goals":[{"kind":"professional","title":"Find a job in logistics",\
                "steps":[{"description":"Register with Actiris","responsible":"beneficiary","dueDate":"2027-02-15"}]}],\
                "commitments":[{"party":"beneficiary","description":"Attend the forklift training"},\
                {"party":"cpas","description":"Pay the enrolment fee of the training"}]}""".formatted(registered.id());
        Answer drafted = send(Operation.DRAFT, "/contracts", contract, 201, registered.receivedNanos());
        if (drafted == null) {
            return false;
        }
        Answer handedOver = send(Operation.PROPOSE, "/contracts/" + drafted.id() + "/proposal", null, 200, drafted.receivedNanos());
        if (handedOver == null) {
            return false;
        }
        proposed.add(drafted.id());
        return true;
    }

    private boolean sign(String contractId, long due) {
        String path = "/contracts/" + contractId + "/signatures";
        Answer first = send(Operation.SIGN_BENEFICIARY, path, "{\"party\":\"beneficiary\"}", 200, due);
        if (first == null) {
            return false;
        }
        Answer last = send(Operation.SIGN_CPAS, path, "{\"party\":\"cpas\"}", 200, first.receivedNanos());
        if (last == null) {
            return false;
        }
        if (!"active".equals(first(STATUS, last.body()))) {
            fail(Operation.SIGN_CPAS, "the contract is not active after both signatures: " + last.body());
            return false;
        }
        return true;
    }

    private record Answer(String id, String body, long receivedNanos) {
    }

    /** One request, timed from {@code dueNanos}; null, counted as a failure, unless answered with {@code expected}. */
    private Answer send(Operation operation, String path, String body, int expected, long dueNanos) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(options.url + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + options.token)
                .header("Accept", "application/json");
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long received = System.nanoTime();
            if (response.statusCode() != expected) {
                fail(operation, response.statusCode() + " " + response.body());
                return null;
            }
            latencies.record(operation, (received - dueNanos) / 1000);
            return new Answer(first(ID, response.body()), response.body(), received);
        } catch (IOException e) {
            fail(operation, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(operation, "interrupted");
            return null;
        }
    }

    private void fail(Operation operation, String why) {
        latencies.fail(operation);
        if (failuresShown.getAndIncrement() < FAILURES_SHOWN) {
            System.err.println(operation.label + " failed: " + why);
        }
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** X3: a NISS of the 20th century, birth date, serial, and 97 minus the first nine digits modulo 97. */
    static String ssin(LocalDate birth, int serial) {
        String firstNine = birth.format(YYMMDD) + "%03d".formatted(serial);
        return firstNine + "%02d".formatted(97 - Long.parseLong(firstNine) % 97);
    }

    private void report(PrintStream out, double seconds) {
        String mode = options.rate == null ? options.connections + " connections" : "at " + options.rate + " lives/s";
        out.printf("%s%s, %s, %.1f s%n", options.title == null ? "" : options.title + ": ", options.signing ? "sign" : "propose", mode, seconds);
        out.printf("%-18s %8s %8s %10s %10s %10s%n", "operation", "answered", "failed", "per s", "p50 (ms)", "p99 (ms)");
        List<Long> all = new ArrayList<>();
        int failed = 0;
        for (Operation operation : latencies.operations()) {
            long[] sorted = latencies.sorted(operation);
            Arrays.stream(sorted).forEach(all::add);
            failed += latencies.failures(operation);
            row(out, operation.label, sorted, latencies.failures(operation), seconds);
        }
        row(out, "all requests", all.stream().mapToLong(Long::longValue).sorted().toArray(), failed, seconds);
        out.printf("%-18s %8d %8s %10.1f%n", "lives", livesDone.get(), "", livesDone.get() / seconds);
    }

    private static void row(PrintStream out, String label, long[] sorted, int failed, double seconds) {
        out.printf("%-18s %8d %8d %10.1f %10.2f %10.2f%n", label, sorted.length, failed, sorted.length / seconds,
                percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0);
    }

    /** The nearest-rank percentile of sorted values; 0 when there are none. */
    static long percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(fraction * sorted.length) - 1];
    }

    /** Microseconds per operation, from every thread. */
    private static final class Latencies {

        private final Map<Operation, List<Long>> answered = new EnumMap<>(Operation.class);
        private final Map<Operation, Integer> failed = new EnumMap<>(Operation.class);

        synchronized void record(Operation operation, long micros) {
            answered.computeIfAbsent(operation, o -> new ArrayList<>()).add(micros);
        }

        synchronized void fail(Operation operation) {
            failed.merge(operation, 1, Integer::sum);
        }

        synchronized List<Operation> operations() {
            return Arrays.stream(Operation.values()).filter(o -> answered.containsKey(o) || failed.containsKey(o)).toList();
        }

        synchronized long[] sorted(Operation operation) {
            return answered.getOrDefault(operation, List.of()).stream().mapToLong(Long::longValue).sorted().toArray();
        }

        synchronized int failures(Operation operation) {
            return failed.getOrDefault(operation, 0);
        }

        synchronized void appendTo(Path file) {
            List<String> lines = answered.values().stream().flatMap(List::stream).map(String::valueOf).toList();
            try {
                Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Options(boolean signing, String url, String token, Path contracts, int connections, Double rate,
                           Double duration, int lives, int firstBeneficiary, Path latencyFile, String title) {

        static Options parse(String[] args) {
            if (args.length == 0 || !List.of("propose", "sign").contains(args[0])) {
                throw new IllegalArgumentException(args.length == 0 ? "propose or sign?" : "unknown phase " + args[0]);
            }
            boolean signing = args[0].equals("sign");
            Map<String, String> given = new HashMap<>();
            for (int i = 1; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --option value at " + args[i]);
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            List<String> known = List.of("url", "token", "contracts", "connections", "rate", "duration", "lives", "first-beneficiary", "latencies", "title");
            given.keySet().stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
                throw new IllegalArgumentException("unknown option --" + name);
            });
            for (String required : List.of("url", "token", "contracts")) {
                if (!given.containsKey(required)) {
                    throw new IllegalArgumentException("--" + required + " is required");
                }
            }
            if (given.containsKey("rate") && given.containsKey("connections")) {
                throw new IllegalArgumentException("--connections or --rate, not both");
            }
            Double duration = given.containsKey("duration") ? Double.valueOf(given.get("duration")) : signing ? null : 20.0;
            return new Options(signing, given.get("url").replaceAll("/+$", ""), given.get("token"), Path.of(given.get("contracts")),
                    Integer.parseInt(given.getOrDefault("connections", "8")),
                    given.containsKey("rate") ? Double.valueOf(given.get("rate")) : null,
                    duration, Integer.parseInt(given.getOrDefault("lives", String.valueOf(Integer.MAX_VALUE))),
                    Integer.parseInt(given.getOrDefault("first-beneficiary", "0")),
                    given.containsKey("latencies") ? Path.of(given.get("latencies")) : null, given.get("title"));
        }
    }
}
