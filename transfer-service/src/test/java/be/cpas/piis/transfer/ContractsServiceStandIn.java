package be.cpas.piis.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * contracts-service (and evaluation-service's list of evaluations) as transfer-service uses it. It
 * shows any beneficiary and contract it is asked for (a signed contract, unless a test changes it),
 * finds the beneficiaries it registered by NISS, and registers and drafts under an
 * {@code Idempotency-Key} the way the platform's filters answer one: the same key and body get the
 * first answer and create nothing, the same key with another body is a 409, a failure (5xx) keeps
 * nothing. Drafting can be made to fail, as when contracts-service breaks down in the middle of a
 * take-over.
 */
public final class ContractsServiceStandIn implements HttpHandler {

    /** A mutating call as it arrived. */
    public record Call(String path, String idempotencyKey, JsonNode body) {
    }

    private record Answer(String path, JsonNode request, int status, JsonNode body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> beneficiaries = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> contracts = new ConcurrentHashMap<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile boolean draftingBroken;

    /** Changes what contracts-service says of a contract, by default one signed on 1 November 2026 with one goal and one step. */
    public void changeContract(UUID contractId, Consumer<ObjectNode> change) {
        change.accept((ObjectNode) contracts.computeIfAbsent(contractId.toString(), this::signedContract));
    }

    /** While broken, every draft answers 503 (and keeps nothing), as contracts-service failing halfway through a take-over. */
    public void draftingBroken(boolean broken) {
        this.draftingBroken = broken;
    }

    /** The registrations and drafts asked so far, retries included. */
    public List<Call> calls(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).toList();
    }

    /** What was created, each once whatever the retries. */
    public List<JsonNode> created(String path) {
        return answers.values().stream().filter(answer -> answer.path().equals(path) && answer.status() == 201).map(Answer::body).toList();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("GET")) {
                answerGet(exchange, path);
                return;
            }
            JsonNode body = json.readTree(exchange.getRequestBody());
            if (path.equals("/piis/v1/beneficiaries/search")) {
                respond(exchange, 200, json.createObjectNode().set("items", json.valueToTree(beneficiaries.values().stream()
                        .filter(beneficiary -> beneficiary.path("ssin").equals(body.path("ssin"))).toList())));
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            calls.add(new Call(path, key, body));
            Answer earlier = key == null ? null : answers.get(key);
            if (earlier != null) {
                respond(exchange, earlier.request().equals(body) ? earlier.status() : 409,
                        earlier.request().equals(body) ? earlier.body() : problem(409, "This Idempotency-Key was used for another request"));
                return;
            }
            Answer answer = create(path, body);
            if (key != null && answer.status() < 500) {
                answers.put(key, answer);
            }
            respond(exchange, answer.status(), answer.body());
        }
    }

    private Answer create(String path, JsonNode body) {
        String id = UUID.randomUUID().toString();
        ObjectNode created = ((ObjectNode) body.deepCopy()).put("id", id);
        return switch (path) {
            case "/piis/v1/beneficiaries" -> {
                beneficiaries.put(id, created);
                yield new Answer(path, body, 201, created);
            }
            case "/piis/v1/contracts" -> {
                if (draftingBroken) {
                    yield new Answer(path, body, 503, problem(503, "The database is not available"));
                }
                contracts.put(id, created.put("status", "draft"));
                yield new Answer(path, body, 201, created);
            }
            default -> new Answer(path, body, 404, problem(404, "No resource at this path"));
        };
    }

    private void answerGet(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/piis/v1/evaluations")) {
            respond(exchange, 200, read("{\"items\":[]}"));
            return;
        }
        String id = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith("/piis/v1/beneficiaries/")) {
            respond(exchange, 200, beneficiaries.getOrDefault(id, person(id)));
        } else if (path.startsWith("/piis/v1/contracts/")) {
            respond(exchange, 200, contracts.getOrDefault(id, signedContract(id)));
        } else {
            respond(exchange, 404, problem(404, "No resource at this path"));
        }
    }

    /** Ana, a student with a RIS granted in March 2026 after an earlier one, and her contact, as contracts-service shows a beneficiary. */
    private JsonNode person(String id) {
        return read("""
                {"id":"%s","ssin":"85073003328","firstName":"Ana","lastName":"Peeters","birthDate":"1985-07-30","language":"fr",
                 "contact":{"email":"ana.peeters@example.be","address":"Rue Haute 12, 1000 Bruxelles"},"student":true,
                 "risDecisionDate":"2026-03-02","previousRisEndedOn":"2025-06-30",
                 "piisObligation":{"compulsory":false,"reason":"continuingRis"},"exempted":false}""".formatted(id));
    }

    private JsonNode signedContract(String id) {
        return read("""
                {"id":"%s","type":"general","status":"active","version":1,"startDate":"2026-11-01","endDate":"2027-10-31",
                 "goals":[{"kind":"professional","title":"Find a job in logistics","steps":[
                   {"description":"Register with Actiris","responsible":"beneficiary","dueDate":"2026-12-15","status":"planned"}]}],
                 "commitments":[{"party":"cpas","description":"Pay the enrolment fee"}]}""".formatted(id));
    }

    private JsonNode problem(int status, String detail) {
        return json.createObjectNode().put("type", "urn:problem-type:test").put("status", status).put("detail", detail);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status < 400 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
