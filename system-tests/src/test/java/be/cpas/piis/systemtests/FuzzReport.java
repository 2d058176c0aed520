package be.cpas.piis.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fuzz requests got, checked as the design asks of every answer (X5, [err-sanit]), with the failures
 * grouped by service, operation, mutation, status and broken check, so that a developer reads the causes with one
 * replayable example each rather than every failing request. Thread-safe: the client threads record into it.
 */
final class FuzzReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What tells how the service is built: stack traces, SQL and Java class names ([err-sanit]). */
    private static final List<String> LEAKS = List.of("at be.", "at java.", "Exception", ".java:", "SELECT ", "INSERT ", "SQLState",
            "ERROR:", "be.cpas.", "java.lang", "com.fasterxml", "org.hibernate", "io.quarkus");
    private static final Pattern LOG_ERROR = Pattern.compile("^\\S+\\s+ERROR\\s+(\\[[^]]*])\\s*(\\([^)]*\\))?\\s*(.*)$");
    private static final Pattern STACK_LINE = Pattern.compile("^\\s+at [\\w$.<>/]+\\(.*|^Caused by: .*|^\\s*[\\w$.]+(Exception|Error)(: .*)?$");
    private static final Pattern RECORD = Pattern.compile("^\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\\s");
    private static final Pattern VARIABLE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(-\\d+)?|\\d+");

    /** An answer, or why there was none. */
    record Answer(int status, String contentType, byte[] body, String failure, long millis) {

        static Answer none(String failure, long millis) {
            return new Answer(0, "", new byte[0], failure, millis);
        }

        String shown() {
            if (failure != null) {
                return "no answer: " + failure;
            }
            String text = FuzzRequest.visible(new String(body, StandardCharsets.UTF_8));
            return status + " " + (contentType.isEmpty() ? "(no Content-Type)" : contentType) + " "
                    + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private record Key(String service, String operation, String mutation, int status, String check) {
    }

    private static final class Group {
        long count;
        long exampleOrder = Long.MAX_VALUE;
        FuzzRequest example;
        Answer answer;
        final Set<String> targets = new TreeSet<>();
    }

    private record LogKey(String service, String message) {
    }

    private static final class LogGroup {
        long count;
        String example;
        String where;
    }

    private final Map<Key, Group> failures = new TreeMap<>(Comparator.comparing(Key::service).thenComparing(Key::operation)
            .thenComparing(Key::mutation).thenComparing(Key::status).thenComparing(Key::check));
    private final Map<LogKey, LogGroup> logErrors = new TreeMap<>(Comparator.comparing(LogKey::service).thenComparing(LogKey::message));
    private final Map<Integer, Long> byStatus = new TreeMap<>();
    private final Map<String, Map<Integer, Long>> byService = new TreeMap<>();
    private final Map<String, Map<Integer, Long>> baselines = new TreeMap<>();
    private final Map<String, String> baselineRefusals = new TreeMap<>();
    private final Set<String> operationsAnswered = new TreeSet<>();
    private long requests;
    private long failed;
    private long retried;
    private final Map<String, Long> millisByMutation = new TreeMap<>();
    private final java.util.PriorityQueue<String[]> slowest = new java.util.PriorityQueue<>(Comparator.comparingLong(entry -> Long.parseLong(entry[0])));

    /** A request sent again on a new connection, the first having been closed under it. */
    synchronized void retried() {
        retried++;
    }

    /** Checks {@code answer} to {@code request}; {@code order} (the request's place in what this seed sends) picks the example. */
    synchronized void record(long order, FuzzRequest request, Answer answer) {
        requests++;
        millisByMutation.merge(request.mutation(), answer.millis(), Long::sum);
        slowest.add(new String[] {String.valueOf(answer.millis()), request.service() + " " + request.operation() + " — " + request.mutation()
                + (request.target().isEmpty() ? "" : " at " + request.target()) + " → " + (answer.failure() == null ? answer.status() : "no answer")});
        if (slowest.size() > 5) {
            slowest.poll();
        }
        byStatus.merge(answer.status(), 1L, Long::sum);
        byService.computeIfAbsent(request.service(), any -> new TreeMap<>()).merge(answer.status(), 1L, Long::sum);
        if (answer.failure() == null) {
            operationsAnswered.add(request.service() + " " + request.operation());
        }
        if (request.mutation().startsWith("baseline")) {
            String baseline = request.service() + " " + request.operation() + " — " + request.mutation();
            baselines.computeIfAbsent(baseline, any -> new TreeMap<>()).merge(answer.status(), 1L, Long::sum);
            if (answer.status() == 400) {
                baselineRefusals.putIfAbsent(baseline, answer.shown());
            }
        }
        List<String> broken = checks(request, answer);
        if (!broken.isEmpty()) {
            failed++;
        }
        for (String check : broken) {
            Group group = failures.computeIfAbsent(new Key(request.service(), request.operation(), request.mutation(), answer.status(), check),
                    any -> new Group());
            group.count++;
            group.targets.add(request.target());
            if (order < group.exampleOrder) {
                group.exampleOrder = order;
                group.example = request;
                group.answer = answer;
            }
        }
    }

    /** What is wrong with {@code answer}: empty when nothing. */
    static List<String> checks(FuzzRequest request, Answer answer) {
        List<String> broken = new ArrayList<>();
        if (answer.failure() != null) {
            broken.add("no HTTP answer");
            return broken;
        }
        int status = answer.status();
        if (status >= 500) {
            broken.add("server error");
        } else if (!request.expected().accepts().test(status)) {
            broken.add((status < 400 ? "accepted, " : "") + "expected " + request.expected().description());
        }
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        if (status >= 400) {
            broken.addAll(problemChecks(status, answer.contentType(), body));
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                broken.add("body shows \"" + leak.trim() + "\"");
            }
        }
        return broken;
    }

    private static List<String> problemChecks(int status, String contentType, String body) {
        List<String> broken = new ArrayList<>();
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            broken.add("error not application/problem+json" + (contentType.isEmpty() ? " (none)" : " (" + contentType.split(";")[0] + ")"));
            return broken;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException unreadable) {
            broken.add("problem is not JSON");
            return broken;
        }
        if (problem == null || !problem.isObject()) {
            broken.add("problem is not a JSON object");
            return broken;
        }
        for (String member : List.of("type", "title")) {
            if (!problem.path(member).isTextual() || problem.path(member).asText().isBlank()) {
                broken.add("problem without " + member);
            }
        }
        if (!problem.path("status").isInt()) {
            broken.add("problem without status");
        } else if (problem.path("status").asInt() != status) {
            broken.add("problem status " + problem.path("status").asInt() + " is not the HTTP status");
        }
        return broken;
    }

    /** Reads each service's log for ERROR lines followed by a stack trace. */
    synchronized void scanLogs(Map<String, Path> logs) {
        for (Map.Entry<String, Path> log : logs.entrySet()) {
            List<String> lines;
            try {
                lines = Files.readAllLines(log.getValue(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher error = LOG_ERROR.matcher(lines.get(i));
                if (!error.matches()) {
                    continue;
                }
                // The record's own continuation lines, up to the next record: a stack trace there belongs to this ERROR.
                boolean traced = false;
                String exception = "";
                for (int next = i + 1; next < Math.min(lines.size(), i + 6) && !RECORD.matcher(lines.get(next)).find(); next++) {
                    String line = lines.get(next);
                    traced |= STACK_LINE.matcher(line).matches();
                    if (exception.isEmpty() && !line.isBlank() && !line.trim().startsWith("at ")) {
                        exception = line.trim();
                    }
                }
                if (!traced) {
                    continue;
                }
                String message = (error.group(1) + " " + error.group(3)).replaceAll("\\s+", " ");
                String normalised = VARIABLE.matcher(message.length() > 200 ? message.substring(0, 200) : message).replaceAll("#")
                        .replaceAll("^(\\[[^]]*]) # ", "$1 ")
                        + (exception.isEmpty() ? "" : " | " + VARIABLE.matcher(exception.length() > 160 ? exception.substring(0, 160) : exception).replaceAll("#"));
                LogGroup group = logErrors.computeIfAbsent(new LogKey(log.getKey(), normalised), any -> new LogGroup());
                group.count++;
                if (group.example == null) {
                    group.example = String.join("\n        ", lines.subList(i, Math.min(lines.size(), i + 8)));
                    group.where = log.getValue() + ":" + (i + 1);
                }
            }
        }
    }

    synchronized long requests() {
        return requests;
    }

    synchronized boolean passed() {
        return failures.isEmpty() && logErrors.isEmpty();
    }

    /** The operations that got at least one answer, as {@code service METHOD path}. */
    synchronized Set<String> operationsAnswered() {
        return Set.copyOf(operationsAnswered);
    }

    synchronized String summary(long seed, int operations, Map<String, Duration> phases) {
        StringBuilder text = new StringBuilder();
        Duration total = phases.values().stream().reduce(Duration.ZERO, Duration::plus);
        text.append("Fuzz: seed ").append(seed).append(", ").append(requests).append(" requests to ").append(operations)
                .append(" operations, ").append(failed).append(" failed (").append(retried)
                .append(" sent again on a new connection); ").append(seconds(total)).append(" in all (");
        text.append(String.join(", ", phases.entrySet().stream().map(phase -> phase.getKey() + " " + seconds(phase.getValue())).toList()));
        text.append(")\n  by status: ").append(statuses(byStatus)).append('\n');
        byService.forEach((service, statuses) -> text.append("  ").append(service).append(": ")
                .append(statuses.values().stream().mapToLong(Long::longValue).sum()).append(" (").append(statuses(statuses)).append(")\n"));
        Map<String, Long> baselineStatuses = new TreeMap<>();
        baselines.forEach((operation, statuses) -> statuses.keySet().forEach(status -> baselineStatuses.merge(String.valueOf(status), 1L, Long::sum)));
        text.append("  valid-looking requests (baselines) by status: ").append(baselineStatuses.toString().replaceAll("[{}]", "")).append('\n');
        List<String[]> slow = new ArrayList<>(slowest);
        slow.sort(Comparator.comparingLong((String[] entry) -> Long.parseLong(entry[0])).reversed());
        text.append("  most time answering (summed over the client threads): ");
        text.append(String.join(", ", millisByMutation.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .map(entry -> entry.getKey() + " " + seconds(Duration.ofMillis(entry.getValue()))).toList())).append('\n');
        text.append("  slowest answers:\n");
        slow.forEach(entry -> text.append("    ").append(entry[0]).append(" ms ").append(entry[1]).append('\n'));
        return text.toString();
    }

    /** The valid-looking requests that got a 400: the document and the API may disagree there. */
    synchronized List<String> baselinesRefusedAsInvalid() {
        return baselineRefusals.entrySet().stream().map(entry -> entry.getKey() + "\n      " + entry.getValue()).toList();
    }

    synchronized String failures(long seed) {
        StringBuilder text = new StringBuilder();
        long groups = failures.size();
        text.append(failed).append(" of ").append(requests).append(" fuzz requests failed, in ").append(groups).append(" groups; ")
                .append(logErrors.values().stream().mapToLong(group -> group.count).sum()).append(" ERROR lines with a stack trace in the service logs")
                .append(" (seed ").append(seed).append(": replay with -Dpiis.fuzz.seed=").append(seed).append(")\n");

        text.append("\nCauses across operations (mutation — broken check: operations, requests by status):\n");
        Map<String, Map<Integer, Long>> causes = new TreeMap<>();
        Map<String, Set<String>> causeOperations = new TreeMap<>();
        failures.forEach((key, group) -> {
            String cause = key.mutation() + " — " + key.check().replaceFirst("^accepted, ", "");
            causes.computeIfAbsent(cause, any -> new TreeMap<>()).merge(key.status(), group.count, Long::sum);
            causeOperations.computeIfAbsent(cause, any -> new TreeSet<>()).add(key.service() + " " + key.operation());
        });
        causes.forEach((cause, statuses) -> text.append("  ").append(cause).append(": ").append(causeOperations.get(cause).size())
                .append(causeOperations.get(cause).size() == 1 ? " operation (" : " operations (").append(statuses(statuses)).append(")\n"));

        text.append("\nBy service and operation (each with one replayable request; the token is named by how to make it):\n");
        String current = "";
        for (Map.Entry<Key, Group> entry : failures.entrySet()) {
            Key key = entry.getKey();
            Group group = entry.getValue();
            String heading = "[" + key.service() + "] " + key.operation();
            if (!heading.equals(current)) {
                text.append('\n').append(heading).append('\n');
                current = heading;
            }
            text.append("  ").append(key.mutation()).append(" — ").append(key.check()).append(", ").append(statusText(key.status()))
                    .append(" ×").append(group.count);
            List<String> targets = new ArrayList<>(group.targets);
            if (!targets.isEmpty() && !(targets.size() == 1 && targets.get(0).isEmpty())) {
                text.append(" — at ").append(String.join(", ", targets.subList(0, Math.min(12, targets.size()))))
                        .append(targets.size() > 12 ? " and " + (targets.size() - 12) + " more" : "");
            }
            text.append("\n      ").append(group.example.replayable()).append("\n      answer: ").append(group.answer.shown()).append('\n');
        }
        if (!logErrors.isEmpty()) {
            text.append("\nService logs: ERROR lines followed by a stack trace\n");
            logErrors.forEach((key, group) -> text.append("  [").append(key.service()).append("] ×").append(group.count).append(' ')
                    .append(key.message()).append("\n      first at ").append(group.where).append("\n        ").append(group.example).append('\n'));
        }
        return text.toString();
    }

    private static String statusText(int status) {
        return status == 0 ? "no status" : String.valueOf(status);
    }

    private static String statuses(Map<Integer, Long> counts) {
        return String.join(", ", counts.entrySet().stream().map(entry -> statusText(entry.getKey()) + ": " + entry.getValue()).toList());
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** The failures by group, for a test to assert on. */
    synchronized Map<String, Long> failureCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        failures.forEach((key, group) -> counts.put(key.toString(), group.count));
        return counts;
    }
}
