package be.cpas.piis.systemtests;

import static be.cpas.piis.systemtests.FuzzRequest.Expected.ANY;
import static be.cpas.piis.systemtests.FuzzRequest.Expected.CLIENT_ERROR;
import static be.cpas.piis.systemtests.FuzzRequest.Expected.status;

import be.cpas.piis.systemtests.FuzzRequest.Expected;
import be.cpas.piis.systemtests.FuzzTokens.Token;
import be.cpas.piis.systemtests.OpenApiDocument.Operation;
import be.cpas.piis.systemtests.OpenApiDocument.Parameter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Makes the malformed requests for the operations of one service's OpenAPI document: for each operation a request
 * that looks valid (its path on real ids, its body built from the schema) and many variants of it, each wrong in one
 * place, with the answer the design asks for where it says one (X5, "API conventions"). Given the same seed, the same
 * document and the same seeded ids, it makes the same requests.
 */
final class FuzzRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARKER = "__fuzz_value_9c1e__";
    private static final List<String> ROLES = List.of("SOCIAL_WORKER", "COUNCIL", "CPAS_ADMIN", "AUDITOR", "PARTNER_CPAS");
    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH");
    static final int HUGE_STRING = 100_000;
    static final int HUGE_ARRAY = 10_000;
    static final int DEEP = 5_000;

    /**
     * Characters XML 1.0 cannot carry, each as a JSON escape: a text that holds one cannot go into a letter or a PDF
     * (A1-A4, C9), and the first two cannot even be stored as text, so a body that holds one is refused.
     */
    private static final List<String[]> FORBIDDEN_CHARACTERS = List.of(
            new String[] {"\\u0000", "U+0000"}, new String[] {"\\ud800", "lone surrogate U+D800"},
            new String[] {"\\u0001", "U+0001"}, new String[] {"\\u000b", "U+000B"},
            new String[] {"\\ufffe", "U+FFFE"}, new String[] {"\\uffff", "U+FFFF"});

    private final OpenApiDocument document;
    private final List<Operation> operations;
    private final FuzzSeed seed;
    private final FuzzTokens tokens;
    private final long seedValue;
    private static final int RARE_OPERATIONS = 2;
    private final Map<String, Set<String>> rareOperations = new java.util.HashMap<>();
    private Random random;
    /** How many requests named a person of their own so far. */
    private int people;
    private static final String SSIN = "93051822361";
    private static final java.time.LocalDate BORN = java.time.LocalDate.of(1993, 5, 18);
    private Operation current;
    private boolean hugeBodySent;

    FuzzRequests(OpenApiDocument document, List<Operation> operations, FuzzSeed seed, FuzzTokens tokens, long seedValue) {
        this.document = document;
        this.operations = operations;
        this.seed = seed;
        this.tokens = tokens;
        this.seedValue = seedValue;
    }

    /**
     * The requests that must be refused, one list for each operation and one for the wrong methods, each in the
     * order this seed sends it.
     */
    List<List<FuzzRequest>> malformed() {
        List<List<FuzzRequest>> requests = new ArrayList<>();
        for (Operation operation : operations) {
            random = new Random(seedValue * 31 + operation.key().hashCode());
            current = operation;
            Base base = base(operation);
            List<FuzzRequest> ofOperation = new ArrayList<>();
            auth(base, ofOperation);
            negotiation(base, ofOperation);
            query(base, ofOperation);
            headerParameters(base, ofOperation);
            path(base, ofOperation);
            base.body.ifPresent(body -> body(base, body, ofOperation));
            tenancy(base, ofOperation);
            java.util.Collections.shuffle(ofOperation, random);
            requests.add(ofOperation);
        }
        random = new Random(seedValue * 31 + 7);
        requests.add(wrongMethods());
        return requests;
    }

    /** What each operation answers to the request that looks valid: checked like every answer, but any status goes. */
    List<FuzzRequest> baselines() {
        List<FuzzRequest> requests = new ArrayList<>();
        for (Operation operation : operations) {
            random = new Random(seedValue * 31 + operation.key().hashCode() + 1);
            Base base = base(operation);
            Optional<JsonNode> required = operation.bodySchema().map(schema -> plausible(schema, "", base, 0, true));
            requests.add(base.with("baseline", "", ANY).body(required.map(FuzzRequests::bytes).orElse(null)).build());
            base.body.ifPresent(full -> {
                requests.add(base.with("baseline (every property)", "", ANY).build());
                JsonNode asDocumented = documentSpelling(full.deepCopy(), operation.bodySchema().get());
                if (!asDocumented.equals(full)) {
                    requests.add(base.with("baseline (codes as the document spells them)", "", ANY).body(bytes(asDocumented)).build());
                }
            });
        }
        return requests;
    }

    // ---------------------------------------------------------------- the request that looks valid

    /** An operation's request that looks valid, from which every variant starts. */
    private final class Base {
        final Operation operation;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final List<String[]> query = new ArrayList<>();
        final Token token;
        final Optional<JsonNode> body;
        /** The id in the body under which the request creates a resource, if the client names it. */
        final String newResourceId;

        Base(Operation operation) {
            this.operation = operation;
            for (Parameter parameter : operation.in("path")) {
                pathValues.put(parameter.name(), pathValue(operation.path(), parameter));
            }
            for (Parameter parameter : operation.in("query")) {
                if (parameter.required()) {
                    query.add(new String[] {parameter.name(), encode(queryValue(parameter))});
                }
            }
            token = operation.roles().equals(Set.of("PARTNER_CPAS")) ? tokens.partner(FuzzSeed.OTHER_CPAS)
                    : tokens.of(FuzzSeed.CPAS, role(operation));
            body = operation.bodySchema().map(schema -> plausible(schema, "", this, 0, false));
            newResourceId = body.filter(value -> value.path("transferId").isTextual()).map(value -> value.get("transferId").asText()).orElse(null);
        }

        Builder with(String mutation, String target, Expected expected) {
            return new Builder(this, mutation, target, expected);
        }
    }

    private Base base(Operation operation) {
        return new Base(operation);
    }

    /** A variant of a base request, changed where the mutation says. */
    private final class Builder {
        private final Base base;
        private final String mutation;
        private final String target;
        private final Expected expected;
        private final Map<String, String> pathValues;
        private final List<String[]> query;
        private Token token;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private String method;
        private String path;

        Builder(Base base, String mutation, String target, Expected expected) {
            this.base = base;
            this.mutation = mutation;
            this.target = target;
            this.expected = expected;
            this.pathValues = new LinkedHashMap<>(base.pathValues);
            this.query = new ArrayList<>(base.query);
            this.token = base.token;
            this.method = base.operation.method();
            this.path = base.operation.path();
            base.body.ifPresent(value -> {
                body = bytes(value);
                headers.put("Content-Type", "application/json");
            });
            // A key of its own for each request: one key sent with two bodies is a 409 before the body is read.
            base.operation.in("header").stream().filter(parameter -> parameter.name().equalsIgnoreCase("Idempotency-Key"))
                    .forEach(parameter -> headers.put(parameter.name(), randomUuid().toString()));
        }

        Builder path(String name, String encodedValue) {
            pathValues.put(name, encodedValue);
            return this;
        }

        Builder query(String name, String encodedValue) {
            query.removeIf(pair -> pair[0].equals(name));
            query.add(new String[] {name, encodedValue});
            return this;
        }

        Builder addQuery(String name, String encodedValue) {
            query.add(new String[] {name, encodedValue});
            return this;
        }

        Builder rawQuery(String text) {
            query.add(new String[] {text, null});
            return this;
        }

        Builder header(String name, String value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        Builder token(Token value) {
            token = value;
            return this;
        }

        Builder body(byte[] value) {
            body = value;
            if (value == null) {
                headers.remove("Content-Type");
            } else {
                headers.putIfAbsent("Content-Type", "application/json");
            }
            return this;
        }

        Builder method(String value) {
            method = value;
            return this;
        }

        FuzzRequest build() {
            String concrete = path;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                concrete = concrete.replace("{" + value.getKey() + "}", value.getValue());
            }
            StringBuilder uri = new StringBuilder(concrete);
            for (int i = 0; i < query.size(); i++) {
                String[] pair = query.get(i);
                uri.append(i == 0 ? '?' : '&').append(pair[0]);
                if (pair[1] != null) {
                    uri.append('=').append(pair[1]);
                }
            }
            byte[] sent = body;
            if (sent != null) {
                String text = new String(sent, StandardCharsets.ISO_8859_1);
                if (base.newResourceId != null) {
                    // A dossier is kept once by its transfer id: each request names a transfer of its own, so that none is taken for a repeat.
                    text = text.replace(base.newResourceId, randomUuid().toString());
                }
                if (text.contains(SSIN)) {
                    // A person is registered once by national number: each request names a person of its own, born on the day it says.
                    java.time.LocalDate born = BORN.plusDays(people / 900);
                    text = text.replace(SSIN, ssin(born, 1 + people % 900)).replace("\"" + BORN + "\"", "\"" + born + "\"");
                    people++;
                }
                sent = text.getBytes(StandardCharsets.ISO_8859_1);
            }
            List<Map.Entry<String, String>> all = new ArrayList<>();
            if (token != null) {
                all.add(Map.entry("Authorization", token.header()));
            }
            headers.forEach((name, value) -> all.add(Map.entry(name, value)));
            String operationName = method.equals(base.operation.method()) ? base.operation.key() : "path " + base.operation.path();
            return new FuzzRequest(base.operation.service(), operationName, mutation, target, method, uri.toString(),
                    List.copyOf(all), token == null ? null : token.label(), sent, expected);
        }
    }

    private static String role(Operation operation) {
        if (operation.roles().isEmpty() || operation.roles().contains("SOCIAL_WORKER")) {
            return "SOCIAL_WORKER";
        }
        return ROLES.stream().filter(operation.roles()::contains).findFirst().orElse("SOCIAL_WORKER");
    }

    private String pathValue(String path, Parameter parameter) {
        String name = parameter.name();
        Optional<String> id = switch (name) {
            case "contractId" -> seed.id(path.endsWith("/proposal") ? "draftContract"
                    : path.endsWith("/termination") ? "contractToTerminate"
                    : path.endsWith("/signatures") || path.contains("/hearing") ? "proposedContract"
                    : "signedContract");
            case "beneficiaryId" -> seed.id("signedBeneficiary");
            case "stepId" -> seed.id("step");
            case "amendmentId" -> seed.id("amendment");
            case "documentId" -> seed.id("document");
            case "exemptionId" -> seed.id("exemption");
            case "studentResultId" -> seed.id("studentResult");
            case "meetingId" -> seed.id(path.startsWith("/piis/v1/interviewRequests") ? "interviewRequest" : "evaluation");
            case "letterId" -> path.startsWith("/piis/v1/evaluations") ? seed.id("evaluationLetter") : Optional.empty();
            case "breachId" -> seed.id("breach");
            case "transferId" -> seed.id(path.startsWith("/piis/v1/incomingTransfers") ? "incomingTransfer" : "transfer");
            case "nisCode" -> Optional.of(FuzzSeed.OTHER_CPAS);
            default -> Optional.empty();
        };
        if (id.isPresent()) {
            return id.get();
        }
        String type = typeOf(parameter.schema());
        return type.equals("integer") || type.equals("number") ? "1" : isUuid(parameter.schema(), name) ? randomUuid().toString() : "fuzz";
    }

    private String queryValue(Parameter parameter) {
        JsonNode schema = parameter.schema();
        String type = typeOf(schema);
        if (type.equals("array")) {
            return queryValue(new Parameter(parameter.name(), "query", false, document.resolve(schema.path("items"))));
        }
        if (schema.has("enum")) {
            return apiSpelling(schema.get("enum").get(0).asText());
        }
        return switch (type) {
            case "integer", "number" -> String.valueOf(clamp(parameter.name().equals("pageSize") ? 10 : 30, schema));
            case "boolean" -> "true";
            default -> isUuid(schema, parameter.name()) ? bodyId(parameter.name(), "") : parameter.name().equals("lang") ? "fr" : "fuzz";
        };
    }

    private String bodyId(String name, String path) {
        Optional<String> id = switch (name) {
            case "contractId" -> seed.id(path.startsWith("/piis/v1/studentResults") ? "studentContract"
                    : path.startsWith("/piis/v1/transfers") ? "transferredContract" : "signedContract");
            case "beneficiaryId" -> seed.id(path.startsWith("/piis/v1/exemptions") ? "beneficiary" : "signedBeneficiary");
            default -> Optional.empty();
        };
        return id.orElseGet(() -> randomUuid().toString());
    }

    /** A value of {@code schema} an API user would send; objects carry every property unless {@code requiredOnly}. */
    private JsonNode plausible(JsonNode raw, String name, Base base, int depth, boolean requiredOnly) {
        JsonNode schema = document.resolve(raw);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return TextNode.valueOf(apiSpelling(schema.get("enum").get(0).asText()));
        }
        switch (typeOf(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Set<String> required = requiredOf(schema);
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    boolean needed = required.contains(property.getKey());
                    if (needed || (!requiredOnly && depth < 4)) {
                        object.set(property.getKey(), plausible(property.getValue(), property.getKey(), base, depth + 1, requiredOnly));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < count; i++) {
                    array.add(plausible(schema.path("items"), singular(name), base, depth + 1, requiredOnly));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(clamp(integerFor(name), schema));
            }
            case "number" -> {
                return NODES.numberNode(clamp(integerFor(name), schema));
            }
            case "boolean" -> {
                return NODES.booleanNode(name.equals("present"));
            }
            default -> {
                return TextNode.valueOf(stringFor(schema, name, base));
            }
        }
    }

    private String stringFor(JsonNode schema, String name, Base base) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        String value = switch (format) {
            case "uuid" -> bodyId(name, base.operation.path());
            case "date" -> dateFor(name);
            case "date-time" -> seed.today() + "T10:00:00+01:00";
            case "local-time", "time", "partial-time" -> "10:00:00";
            case "duration" -> "P1M";
            case "uri" -> "https://www.example.org/fuzz";
            case "email" -> "ana.peeters@example.org";
            default -> null;
        };
        if (value == null) {
            value = switch (name) {
                case "ssin" -> SSIN;
                case "newMunicipality", "fromCpas" -> FuzzSeed.OTHER_CPAS;
                case "toCpas" -> FuzzSeed.CPAS;
                case "language" -> "fr";
                case "email" -> "ana.peeters@example.org";
                case "phone" -> "+32 2 543 21 00";
                case "kind" -> "professional";
                case "party", "responsible" -> "cpas";
                case "type" -> "general";
                case "status" -> "planned";
                case "place" -> "CPAS, rue Haute 298a, 1000 Bruxelles";
                case "session" -> "June 2027";
                case "goals" -> "Find a job in logistics";
                default -> pattern.equals("\\d{5}") ? FuzzSeed.OTHER_CPAS : pattern.equals("fr|nl|de") ? "fr" : "Fuzz " + name;
            };
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return value.length() > max ? value.substring(0, max) : value;
    }

    private String dateFor(String name) {
        return switch (name) {
            case "birthDate" -> BORN.toString();
            // What the beneficiary's RIS history says happened: well in the past, whatever clock a check reads.
            case "risDecisionDate", "previousRisEndedOn", "cpasEmploymentEndedOn" -> seed.today().minusDays(60).toString();
            case "endDate" -> seed.today().plusYears(1).toString();
            case "dueDate", "respondBy" -> seed.today().plusDays(30).toString();
            case "plannedOn" -> nextWorkingDay(seed.today().plusDays(14)).toString();
            case "startsOn" -> seed.today().plusDays(1).toString();
            default -> seed.today().toString();
        };
    }

    /** A valid national number (X3) of someone born on {@code born} before 2000, with {@code serial}. */
    static String ssin(java.time.LocalDate born, int serial) {
        String nine = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), serial);
        return nine + String.format("%02d", 97 - Long.parseLong(nine) % 97);
    }

    private static java.time.LocalDate nextWorkingDay(java.time.LocalDate day) {
        java.time.LocalDate next = day;
        while (next.getDayOfWeek().getValue() > 5) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static long integerFor(String name) {
        return switch (name) {
            case "percentage" -> 50;
            case "probationMonths" -> 6;
            case "pageSize" -> 10;
            default -> 1;
        };
    }

    private static long clamp(long value, JsonNode schema) {
        long result = value;
        if (schema.has("minimum")) {
            result = Math.max(result, (long) Math.ceil(schema.get("minimum").asDouble()));
        }
        if (schema.has("maximum")) {
            result = Math.min(result, (long) Math.floor(schema.get("maximum").asDouble()));
        }
        return result;
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** A code as the API writes it (lowerCamelCase), from the document's spelling, which may be capitals ({@code IN_PERSON}). */
    static String apiSpelling(String code) {
        if (!code.equals(code.toUpperCase(Locale.ROOT))) {
            return code;
        }
        StringBuilder camel = new StringBuilder();
        for (String word : code.toLowerCase(Locale.ROOT).split("_")) {
            camel.append(camel.isEmpty() ? word : word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }

    /** {@code body} with every code spelt as the document writes it. */
    private JsonNode documentSpelling(JsonNode body, JsonNode raw) {
        JsonNode schema = document.resolve(raw);
        if (schema.has("enum") && body.isTextual()) {
            for (JsonNode code : schema.get("enum")) {
                if (apiSpelling(code.asText()).equals(body.asText())) {
                    return TextNode.valueOf(code.asText());
                }
            }
            return body;
        }
        if (body.isObject()) {
            ObjectNode object = (ObjectNode) body;
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                if (object.has(property.getKey())) {
                    object.set(property.getKey(), documentSpelling(object.get(property.getKey()), property.getValue()));
                }
            }
        } else if (body.isArray()) {
            ArrayNode array = (ArrayNode) body;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, documentSpelling(array.get(i), schema.path("items")));
            }
        }
        return body;
    }

    // ---------------------------------------------------------------- identity and rights (X2, X1)

    /** Faults of the token every operation is checked against; the others go to a few operations of each service. */
    private static final Set<String> AUTH_ON_EVERY_OPERATION = Set.of("auth: JWT of garbage", "auth: expired token",
            "auth: unsigned token (alg none)", "auth: token without cpas claim");

    private void auth(Base base, List<FuzzRequest> out) {
        Operation operation = base.operation;
        if (!operation.secured()) {
            return;
        }
        String role = base.token.label().contains("PARTNER_CPAS") ? "PARTNER_CPAS" : role(operation);
        out.add(base.with("auth: no token", "Authorization", status(401)).token(null).build());
        Map<String, Token> broken = new java.util.TreeMap<>(tokens.invalid(FuzzSeed.CPAS, role));
        broken.putAll(tokens.unusable(FuzzSeed.CPAS, role));
        broken.forEach((mutation, token) -> {
            if (AUTH_ON_EVERY_OPERATION.contains(mutation) || rare(mutation, false)) {
                Expected expected = mutation.contains("20,000") ? status(401, 431)
                        : mutation.contains("numeric cpas") ? ANY
                        : mutation.contains("role") ? status(403)
                        : tokens.unusable(FuzzSeed.CPAS, role).containsKey(mutation) ? status(401, 403) : status(401);
                out.add(base.with(mutation, "Authorization", expected).token(token).build());
            }
        });
        if (!operation.roles().isEmpty()) {
            List<String> others = ROLES.stream().filter(other -> !operation.roles().contains(other)).toList();
            if (!others.isEmpty()) {
                String wrong = others.get(random.nextInt(others.size()));
                out.add(base.with("auth: role the operation does not allow", "Authorization: " + wrong, status(403))
                        .token(tokens.of(FuzzSeed.CPAS, wrong)).build());
            }
        }
    }

    /** X1: a real resource of one CPAS, asked for by another, is unknown to it; a reference to it in a body is refused. */
    private void tenancy(Base base, List<FuzzRequest> out) {
        Operation operation = base.operation;
        if (!operation.secured() || base.token.label().contains("PARTNER_CPAS")) {
            return;
        }
        Token other = tokens.of(FuzzSeed.OTHER_CPAS, role(operation));
        boolean realPathIds = !operation.in("path").isEmpty() && operation.in("path").stream()
                .allMatch(parameter -> seed.ids().containsValue(base.pathValues.get(parameter.name())) && isUuid(parameter.schema(), parameter.name()));
        if (realPathIds) {
            out.add(base.with("tenancy: another CPAS's token on this CPAS's resource", "path", status(404)).token(other).build());
        } else if (operation.in("path").isEmpty() && base.body.map(body -> bytesText(body).contains(seed.id("signedContract").orElse("-"))
                || bytesText(body).contains(seed.id("signedBeneficiary").orElse("-"))).orElse(false)) {
            out.add(base.with("tenancy: another CPAS's token naming this CPAS's resource in the body", "body", CLIENT_ERROR)
                    .token(other).build());
        }
    }

    // ---------------------------------------------------------------- media types

    private void negotiation(Base base, List<FuzzRequest> out) {
        out.add(base.with("accept: application/xml", "Accept", status(406)).header("Accept", "application/xml").build());
        out.add(base.with("accept: text/html", "Accept", status(406)).header("Accept", "text/html").build());
        out.add(base.with("accept: unparseable", "Accept", status(400, 406)).header("Accept", ";;;").build());
        if (base.body.isPresent()) {
            out.add(base.with("content type: text/plain", "Content-Type", status(415)).header("Content-Type", "text/plain").build());
            out.add(base.with("content type: unparseable", "Content-Type", status(400, 415)).header("Content-Type", ";;;").build());
            out.add(base.with("content type: missing", "Content-Type", status(400, 415)).header("Content-Type", null).build());
            if (rare("content type: application/xml", true)) {
                out.add(base.with("content type: application/xml", "Content-Type", status(415)).header("Content-Type", "application/xml").build());
            }
            if (rare("content type: form", true)) {
                out.add(base.with("content type: form", "Content-Type", status(415))
                        .header("Content-Type", "application/x-www-form-urlencoded").build());
            }
        }
    }

    // ---------------------------------------------------------------- query and header parameters

    private void query(Base base, List<FuzzRequest> out) {
        out.add(base.with("query: unknown parameter", "fuzzUnknown=1", status(400)).addQuery("fuzzUnknown", "1").build());
        if (rare("query: unknown parameter without value", false)) {
            out.add(base.with("query: unknown parameter without value", "fuzzUnknown", status(400)).rawQuery("fuzzUnknown").build());
        }
        if (rare("query: request line over 8 KiB", false)) {
            out.add(base.with("query: request line over 8 KiB", "fuzzUnknown=" + shown("x".repeat(10_000)), status(400, 414))
                    .addQuery("fuzzUnknown", "x".repeat(10_000)).build());
        }
        for (Parameter parameter : base.operation.in("query")) {
            String name = parameter.name();
            JsonNode schema = parameter.schema();
            String type = typeOf(schema);
            String good = encode(queryValue(parameter));
            String other = encode(type.equals("integer") ? "20" : type.equals("boolean") ? "false" : "other");
            out.add(base.with("query: repeated parameter, two values", name + "=" + good + "&" + name + "=" + other, ANY)
                    .query(name, good).addQuery(name, other).build());
            if (rare("query: repeated parameter", false)) {
                out.add(base.with("query: repeated parameter", name, ANY).query(name, good).addQuery(name, good).build());
            }
            if (!name.equals(name.toUpperCase(Locale.ROOT)) && rare("query: parameter name in capitals", false)) {
                out.add(base.with("query: parameter name in capitals", name.toUpperCase(Locale.ROOT), status(400))
                        .addQuery(name.toUpperCase(Locale.ROOT), good).build());
            }
            switch (type) {
                case "integer" -> {
                    for (String bad : List.of("abc", "", "1.5", "99999999999999999999", "%00")) {
                        out.add(base.with("query: not an integer", name + "=" + bad, status(400)).query(name, bad).build());
                    }
                    for (String bad : List.of("1e3", "0x10", "-99999999999999999999")) {
                        if (rare("query: not an integer " + bad, false)) {
                            out.add(base.with("query: not an integer", name + "=" + bad, status(400)).query(name, bad).build());
                        }
                    }
                    if (schema.has("minimum")) {
                        String under = String.valueOf((long) Math.ceil(schema.get("minimum").asDouble()) - 1);
                        out.add(base.with("query: integer under its minimum", name + "=" + under, status(400)).query(name, under).build());
                    }
                    if (schema.has("maximum")) {
                        String over = String.valueOf((long) Math.floor(schema.get("maximum").asDouble()) + 1);
                        out.add(base.with("query: integer over its maximum", name + "=" + over, status(400)).query(name, over).build());
                    }
                    out.add(base.with("query: integer over int32", name + "=2147483648", status(400)).query(name, "2147483648").build());
                }
                case "boolean" -> {
                    for (String bad : List.of("maybe", "")) {
                        out.add(base.with("query: not a boolean", name + "=" + bad, status(400)).query(name, bad).build());
                    }
                    for (String bad : List.of("1", "%00")) {
                        if (rare("query: not a boolean " + bad, false)) {
                            out.add(base.with("query: not a boolean", name + "=" + bad, status(400)).query(name, bad).build());
                        }
                    }
                }
                default -> queryText(base, parameter, out);
            }
        }
    }

    private void queryText(Base base, Parameter parameter, List<FuzzRequest> out) {
        String name = parameter.name();
        JsonNode schema = typeOf(parameter.schema()).equals("array") ? document.resolve(parameter.schema().path("items")) : parameter.schema();
        boolean uuid = isUuid(schema, name);
        boolean strict = uuid || schema.has("enum") || schema.has("pattern") || name.equals("cursor");
        if (uuid) {
            for (String bad : List.of("not-a-uuid", "1-1-1-1-1")) {
                out.add(base.with("query: malformed UUID", name + "=" + bad, status(400)).query(name, bad).build());
            }
            for (String bad : List.of("123", HexFormat.of().formatHex(new byte[16]), "%7B" + randomUuid() + "%7D")) {
                if (rare("query: malformed UUID " + bad.length(), false)) {
                    out.add(base.with("query: malformed UUID", name + "=" + bad, status(400)).query(name, bad).build());
                }
            }
            out.add(base.with("query: unknown UUID", name, ANY).query(name, randomUuid().toString()).build());
        }
        if (schema.has("enum")) {
            out.add(base.with("query: unknown code", name + "=bogus", status(400)).query(name, "bogus").build());
        } else if (!uuid) {
            out.add(base.with("query: arbitrary text", name + "=bogus", name.equals("cursor") ? status(400) : ANY).query(name, "bogus").build());
        }
        if (name.equals("cursor")) {
            for (String forged : List.of("!!!", "%00", "AAAA", encode(Base64.getUrlEncoder().encodeToString("x|y|z".getBytes(StandardCharsets.UTF_8))))) {
                if (forged.length() <= 3 || rare("query: malformed cursor " + forged, false)) {
                    out.add(base.with("query: malformed cursor", name + "=" + forged, status(400)).query(name, forged).build());
                }
            }
            List<String> keys = List.of("+999999999-12-31|" + randomUuid(), "-999999999-01-01|" + randomUuid(), "2026-01-01|1-1-1-1-1",
                    "2026-02-30|" + randomUuid(), "\u0000|" + randomUuid(), randomUuid().toString(), "+999999999-12-31");
            for (int i = 0; i < keys.size(); i++) {
                if (i < 2 || rare("query: forged cursor " + i, false)) {
                    String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(keys.get(i).getBytes(StandardCharsets.UTF_8));
                    out.add(base.with("query: forged cursor", name + "=" + cursor + " (" + FuzzRequest.visible(keys.get(i)) + ")", ANY)
                            .query(name, cursor).build());
                }
            }
        }
        for (String[] character : List.of(new String[] {"%00", "U+0000"}, new String[] {"%EF%BF%BF", "U+FFFF"}, new String[] {"%01", "U+0001"},
                new String[] {"%0B", "U+000B"}, new String[] {"%EF%BF%BE", "U+FFFE"})) {
            if (character[1].equals("U+0000") || character[1].equals("U+FFFF") || rare("query: " + character[1] + " in text", false)) {
                boolean refused = strict || character[1].equals("U+0000");
                out.add(base.with("query: " + character[1] + " in text", name + "=fuzz" + character[0] + "text", refused ? status(400) : ANY)
                        .query(name, "fuzz" + character[0] + "text").build());
            }
        }
        for (String[] bytes : List.of(new String[] {"%ED%A0%80", "encoded surrogate"}, new String[] {"%FF", "byte FF"},
                new String[] {"%C0%AF", "overlong encoding"})) {
            if (bytes[1].startsWith("encoded") || rare("query: invalid UTF-8 (" + bytes[1] + ")", false)) {
                out.add(base.with("query: invalid UTF-8 (" + bytes[1] + ")", name + "=fuzz" + bytes[0], status(400)).query(name, "fuzz" + bytes[0]).build());
            }
        }
        if (rare("query: 3,000-character text", false)) {
            out.add(base.with("query: 3,000-character text", name, strict ? status(400) : ANY).query(name, "x".repeat(3_000)).build());
        }
        out.add(base.with("query: empty value", name + "=", strict ? status(400) : ANY).query(name, "").build());
    }

    private void headerParameters(Base base, List<FuzzRequest> out) {
        for (Parameter parameter : base.operation.in("header")) {
            String name = parameter.name();
            if (name.equalsIgnoreCase("Idempotency-Key")) {
                continue;
            }
            List<String> values = List.of("", "xx-XX", "fr-BE;q=abc", "*", "fr-BE;q=2", ",,,", "x".repeat(5_000));
            for (int i = 0; i < values.size(); i++) {
                if (i < 3 || rare("header: unusual " + name + " " + i, false)) {
                    out.add(base.with("header: unusual " + name, name + ": " + shown(values.get(i)), ANY).header(name, values.get(i)).build());
                }
            }
        }
        if (base.body.isPresent() && base.operation.method().equals("POST")) {
            if (rare("header: 5,000-character Idempotency-Key", true)) {
                out.add(base.with("header: 5,000-character Idempotency-Key", "Idempotency-Key", ANY).header("Idempotency-Key", "k".repeat(5_000)).build());
            }
            if (rare("header: Idempotency-Key missing", true)) {
                out.add(base.with("header: Idempotency-Key missing", "Idempotency-Key", ANY).header("Idempotency-Key", null).build());
            }
            if (rare("header: empty Idempotency-Key", true)) {
                out.add(base.with("header: empty Idempotency-Key", "Idempotency-Key", ANY).header("Idempotency-Key", "").build());
            }
        }
    }

    // ---------------------------------------------------------------- path parameters

    private void path(Base base, List<FuzzRequest> out) {
        for (Parameter parameter : base.operation.in("path")) {
            String name = parameter.name();
            String type = typeOf(parameter.schema());
            if (isUuid(parameter.schema(), name)) {
                String real = base.pathValues.get(name);
                List<String> bad = List.of("not-a-uuid", "1-1-1-1-1", "%00", real.replace("-", ""), real + "0", "%7B" + real + "%7D",
                        "123", "-1", real.substring(0, 35) + "g", "%ED%A0%80", "'%20OR%20'1'='1", "%20" + real);
                for (int i = 0; i < bad.size(); i++) {
                    if (i < 3 || rare("path: malformed UUID " + i, false)) {
                        out.add(base.with("path: malformed UUID", name + "=" + shown(bad.get(i)), status(400)).path(name, bad.get(i)).build());
                    }
                }
                if (rare("path: 1,000-character id", false)) {
                    out.add(base.with("path: 1,000-character id", name, status(400)).path(name, "a".repeat(1_000)).build());
                }
                if (rare("path: request line over 8 KiB", false)) {
                    out.add(base.with("path: request line over 8 KiB", name, status(400, 414)).path(name, "a".repeat(10_000)).build());
                }
                out.add(base.with("path: unknown UUID", name, status(404)).path(name, randomUuid().toString()).build());
                if (rare("path: nil UUID", false)) {
                    out.add(base.with("path: nil UUID", name, status(404)).path(name, new UUID(0, 0).toString()).build());
                }
                String otherKind = seed.id(name.equals("beneficiaryId") ? "signedContract" : "signedBeneficiary").orElse(randomUuid().toString());
                out.add(base.with("path: id of another kind of resource", name, status(404)).path(name, otherKind).build());
                if (rare("path: UUID in capitals", false)) {
                    out.add(base.with("path: UUID in capitals", name, ANY).path(name, real.toUpperCase(Locale.ROOT)).build());
                }
            } else if (type.equals("integer")) {
                List<String> bad = List.of("abc", "99999999999999999999", "1.5", "0x1", "%00", "1e3");
                for (int i = 0; i < bad.size(); i++) {
                    if (i < 2 || rare("path: not an integer " + i, false)) {
                        out.add(base.with("path: not an integer", name + "=" + bad.get(i), status(400)).path(name, bad.get(i)).build());
                    }
                }
                out.add(base.with("path: integer out of range", name + "=-1", CLIENT_ERROR).path(name, "-1").build());
                out.add(base.with("path: unknown number", name + "=999999", status(404)).path(name, "999999").build());
            } else {
                for (String bad : List.of("abc", "%00", "%ED%A0%80", "x".repeat(1_000), "99999")) {
                    out.add(base.with("path: unknown or malformed code", name + "=" + shown(bad), bad.equals("%00") || bad.startsWith("%ED")
                            ? status(400, 404) : CLIENT_ERROR).path(name, bad).build());
                }
            }
        }
    }

    // ---------------------------------------------------------------- bodies

    private void body(Base base, JsonNode body, List<FuzzRequest> out) {
        JsonNode schema = base.operation.bodySchema().orElseThrow();
        String text = bytesText(body);
        boolean mustHaveBody = base.operation.bodyRequired() && !requiredOf(schema).isEmpty();
        Expected emptyAnswer = mustHaveBody ? status(400) : ANY;

        out.add(base.with("body: empty", "body", emptyAnswer).body(new byte[0]).build());
        if (rare("body: whitespace only", true)) {
            out.add(base.with("body: whitespace only", "body", emptyAnswer).body(" \n\t ".getBytes(StandardCharsets.UTF_8)).build());
        }
        if (rare("body: JSON null", true)) {
            out.add(base.with("body: JSON null", "body", emptyAnswer).body(utf8("null")).build());
        }
        List<String> broken = List.of("fuzz", "{", text.substring(0, text.length() / 2), text.substring(0, text.length() - 1) + ",}",
                "{'a':1}", "{\"a\":\"unterminated}", "}", "{\"a\":}", "{a:1}", "{,}", "/* comment */" + text, "{\"a\":NaN}", "{\"a\":01}",
                "{\"a\":.5}", "{\"a\":+1}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}");
        for (int i = 0; i < broken.size(); i++) {
            if (i < 6 || rare("body: broken JSON " + i, true)) {
                out.add(base.with("body: broken JSON", "body", status(400)).body(utf8(broken.get(i))).build());
            }
        }
        List<String> after = List.of(" {}", "x", "]", " " + text, "\u0000");
        for (int i = 0; i < after.size(); i++) {
            if (i < 2 || rare("body: content after the JSON value " + i, true)) {
                out.add(base.with("body: content after the JSON value", "(root) + " + shown(after.get(i)), status(400)).body(utf8(text + after.get(i))).build());
            }
        }
        List<String> roots = List.of("[]", "42", "\"fuzz\"", "true", "[" + text + "]");
        for (int i = 0; i < roots.size(); i++) {
            if (i < 2 || rare("body: JSON value other than an object " + i, true)) {
                out.add(base.with("body: JSON value other than an object", shown(roots.get(i)), status(400)).body(utf8(roots.get(i))).build());
            }
        }
        out.add(base.with("body: deep nesting", DEEP + " nested arrays", status(400)).body(utf8("[".repeat(DEEP) + "]".repeat(DEEP))).build());
        if (rare("body: deep nesting, unclosed", true)) {
            out.add(base.with("body: deep nesting", DEEP + " unclosed arrays", status(400)).body(utf8("[".repeat(DEEP))).build());
        }
        if (rare("body: deep nesting, objects", true)) {
            out.add(base.with("body: deep nesting", DEEP + " nested objects", status(400)).body(utf8("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP))).build());
        }
        if (rare("body: UTF-8 byte order mark", true)) {
            out.add(base.with("body: UTF-8 byte order mark", "body", ANY).body(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text))).build());
        }
        for (int edit = 0; edit < 1; edit++) {
            out.add(base.with("body: random byte edits", "body", ANY).body(randomlyEdited(utf8(text))).build());
        }
        if (!hugeBodySent) {
            hugeBodySent = true;
            out.add(base.with("body: 11 MB", "body", status(400, 413)).body(utf8("{\"a\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}")).build());
        }
        if (body.isObject() && body.size() > 0) {
            duplicates(base, body, List.of(), "(root)", out);
        }
        slots(base, body, schema, List.of(), out, new boolean[] {false, false});
    }

    /** The mutations of every property, walking down into objects and the first element of arrays. */
    private void slots(Base base, JsonNode body, JsonNode rawSchema, List<Object> at, List<FuzzRequest> out, boolean[] once) {
        JsonNode schema = document.resolve(rawSchema);
        JsonNode node = nodeAt(body, at);
        if (node == null) {
            return;
        }
        String label = label(at);
        if (node.isObject()) {
            Set<String> required = requiredOf(schema);
            out.add(base.with("body: unknown property", label(append(at, "fuzzUnknown")), status(400))
                    .body(utf8(withValue(body, append(at, "fuzzUnknown"), "1"))).build());
            for (String name : required) {
                if (node.has(name)) {
                    out.add(base.with("body: required property missing", label(append(at, name)), status(400)).body(utf8(without(body, append(at, name)))).build());
                }
            }
            if (!at.isEmpty()) {
                duplicates(base, body, at, label, out);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                if (node.has(property.getKey())) {
                    List<Object> child = append(at, property.getKey());
                    property(base, body, document.resolve(property.getValue()), child, required.contains(property.getKey()), out, once);
                    slots(base, body, property.getValue(), child, out, once);
                }
            }
        } else if (node.isArray() && node.size() > 0) {
            slots(base, body, schema.path("items"), append(at, 0), out, once);
        }
    }

    private void duplicates(Base base, JsonNode body, List<Object> at, String label, List<FuzzRequest> out) {
        JsonNode object = nodeAt(body, at);
        if (object.size() == 0) {
            return;
        }
        Map.Entry<String, JsonNode> first = object.fields().next();
        String rest = bytesText(object);
        String key = bytesText(TextNode.valueOf(first.getKey()));
        String same = "{" + key + ":" + bytesText(first.getValue()) + "," + rest.substring(1);
        String other = "{" + key + ":" + (first.getValue().isTextual() ? "\"other\"" : first.getValue().isNumber() ? "2" : "null") + "," + rest.substring(1);
        out.add(base.with("body: duplicate key, same value", label + " " + first.getKey(), status(400)).body(utf8(withValue(body, at, same))).build());
        out.add(base.with("body: duplicate key, other value", label + " " + first.getKey(), status(400)).body(utf8(withValue(body, at, other))).build());
    }

    /** Sends {@code body} with the value at {@code at} replaced by the JSON text {@code fragment}. */
    private void replaced(Base base, JsonNode body, List<Object> at, String mutation, Expected expected, String fragment, List<FuzzRequest> out) {
        out.add(base.with(mutation, label(at) + " = " + shown(fragment), expected).body(utf8(withValue(body, at, fragment))).build());
    }

    /** The mutations of one property, by the type its schema gives. */
    private void property(Base base, JsonNode body, JsonNode schema, List<Object> at, boolean required, List<FuzzRequest> out, boolean[] once) {
        String type = typeOf(schema);
        String format = schema.path("format").asText("");
        boolean isEnum = schema.has("enum");
        List<String[]> wrong = new ArrayList<>();
        switch (type) {
            case "string" -> {
                wrong.add(new String[] {"number for string", "12345"});
                wrong.add(new String[] {"boolean for string", "true"});
            }
            case "integer", "number" -> {
                wrong.add(new String[] {"text for number", "\"fuzz\""});
                wrong.add(new String[] {"numeric text for number", "\"5\""});
                wrong.add(new String[] {"boolean for number", "true"});
            }
            case "boolean" -> {
                wrong.add(new String[] {"text for boolean", "\"true\""});
                wrong.add(new String[] {"number for boolean", "1"});
                wrong.add(new String[] {"word for boolean", "\"yes\""});
            }
            case "object" -> {
                wrong.add(new String[] {"text for object", "\"fuzz\""});
                wrong.add(new String[] {"number for object", "42"});
                wrong.add(new String[] {"boolean for object", "true"});
            }
            case "array" -> {
                wrong.add(new String[] {"text for array", "\"fuzz\""});
                wrong.add(new String[] {"number for array", "42"});
                wrong.add(new String[] {"boolean for array", "true"});
            }
            default -> {
            }
        }
        if (!type.equals("object") && !type.isEmpty()) {
            wrong.add(new String[] {"object for " + type, "{\"a\":1}"});
        }
        if (!type.equals("array") && !type.isEmpty()) {
            wrong.add(new String[] {"array for " + type, "[\"fuzz\"]"});
        }
        for (String[] value : wrong) {
            replaced(base, body, at, "body: wrong type (" + value[0] + ")", status(400), value[1], out);
        }
        replaced(base, body, at, "body: null", required ? status(400) : ANY, "null", out);
        if (!once[0] && !at.isEmpty()) {
            once[0] = true;
            replaced(base, body, at, "body: deep nesting in a property", status(400), "[".repeat(DEEP) + "]".repeat(DEEP), out);
        }
        switch (type) {
            case "string" -> text(base, body, schema, at, format, isEnum, out, once);
            case "integer", "number" -> number(base, body, schema, at, type, format, out);
            case "array" -> array(base, body, schema, at, out);
            case "object" -> {
                if (!requiredOf(schema).isEmpty()) {
                    replaced(base, body, at, "body: empty object where properties are required", status(400), "{}", out);
                }
            }
            default -> {
            }
        }
    }

    private void text(Base base, JsonNode body, JsonNode schema, List<Object> at, String format, boolean isEnum, List<FuzzRequest> out, boolean[] once) {
        String pattern = schema.path("pattern").asText("");
        boolean free = format.isEmpty() && !isEnum && pattern.isEmpty() || pattern.equals("\\S");
        boolean constrained = !format.isEmpty() || isEnum || !pattern.isEmpty();
        int maxLength = schema.path("maxLength").asInt(-1);
        String good = nodeAt(body, at).asText();

        if (format.equals("date")) {
            List<String> bad = List.of("+999999999-12-31", "2026-02-30", "0000-00-00", "-999999999-01-01", "", "2026-13-01", "2026-1-5",
                    "31/12/2026", "2026-12-31T10:00:00Z");
            for (int i = 0; i < bad.size(); i++) {
                if (i < 3 || rare("body: bad date " + i, true)) {
                    replaced(base, body, at, "body: bad date", status(400), quote(bad.get(i)), out);
                }
            }
            if (rare("body: date as a number (epoch day)", true)) {
                replaced(base, body, at, "body: date as a number (epoch day)", status(400), "20261231", out);
            }
            replaced(base, body, at, "body: far date", ANY, quote("1899-12-31"), out);
            if (rare("body: far date 9999", true)) {
                replaced(base, body, at, "body: far date", ANY, quote("9999-12-31"), out);
            }
        } else if (format.equals("uuid")) {
            List<String> bad = List.of("not-a-uuid", "1-1-1-1-1", "", HexFormat.of().formatHex(new byte[16]), "{" + good + "}");
            for (int i = 0; i < bad.size(); i++) {
                if (i < 2 || rare("body: malformed UUID " + i, true)) {
                    replaced(base, body, at, "body: malformed UUID", status(400), quote(bad.get(i)), out);
                }
            }
            replaced(base, body, at, "body: unknown UUID", ANY, quote(randomUuid().toString()), out);
        } else if (format.equals("local-time") || format.equals("time") || format.equals("partial-time")) {
            for (String bad : List.of("25:00:00", "10:60", "10h00", "", "10:00:00+25:00")) {
                replaced(base, body, at, "body: bad time", status(400), quote(bad), out);
            }
        } else if (format.equals("duration")) {
            for (String bad : List.of("P", "1M", "PT1H", "", "P1M1")) {
                replaced(base, body, at, "body: bad period", status(400), quote(bad), out);
            }
            for (String odd : List.of("P999999999Y", "P-1M", "P0D")) {
                replaced(base, body, at, "body: odd period", ANY, quote(odd), out);
            }
        } else if (format.equals("date-time")) {
            for (String bad : List.of("2026-13-01T00:00:00Z", "yesterday", "")) {
                replaced(base, body, at, "body: bad date-time", status(400), quote(bad), out);
            }
        }
        if (isEnum) {
            replaced(base, body, at, "body: unknown code", status(400), quote("bogus"), out);
            if (rare("body: empty code", true)) {
                replaced(base, body, at, "body: empty code", status(400), quote(""), out);
            }
            String documented = documentedCode(schema, good);
            if (!documented.equals(good)) {
                replaced(base, body, at, "body: code as the document spells it", ANY, quote(documented), out);
            }
        }
        if (!pattern.isEmpty() && format.isEmpty()) {
            for (String candidate : List.of("", "   ", "x", "fuzz!", "６２０６３")) {
                if (!matches(pattern, candidate)) {
                    replaced(base, body, at, "body: text against its pattern", status(400), quote(candidate), out);
                }
            }
        }
        String name = String.valueOf(at.get(at.size() - 1));
        if (name.equals("ssin")) {
            List<String> bad = List.of("93051822362", "９３０５１８２２３６１", "9305182236", "930518223611", "93.05.18-223.61");
            for (int i = 0; i < bad.size(); i++) {
                if (i < 2 || rare("body: invalid national number " + i, true)) {
                    replaced(base, body, at, "body: invalid national number", status(400, 422), quote(bad.get(i)), out);
                }
            }
        }
        if (maxLength >= 0 && maxLength < HUGE_STRING) {
            replaced(base, body, at, "body: text one over its maxLength", status(400), quote("x".repeat(maxLength + 1)), out);
        }
        replaced(base, body, at, "body: 100,000-character text", maxLength >= 0 && maxLength < HUGE_STRING || constrained && !free
                ? status(400, 413) : ANY, quote("x".repeat(HUGE_STRING)), out);
        if (free) {
            for (String[] character : FORBIDDEN_CHARACTERS) {
                replaced(base, body, at, "body: " + character[1] + " in text", status(400), "\"Fuzz " + character[0] + " text\"", out);
            }
            if (rare("body: unescaped control character in a JSON string", true)) {
                replaced(base, body, at, "body: unescaped control character in a JSON string", status(400), "\"Fuzz \u0001 text\"", out);
            }
            if (!once[1]) {
                once[1] = true;
                for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
                    out.add(base.with("body: invalid UTF-8", label(at) + " = bytes " + HexFormat.of().formatHex(bad), status(400))
                            .body(withBytes(body, at, bad)).build());
                }
            }
        } else {
            replaced(base, body, at, "body: U+0000 after a code, date or id", status(400), "\"" + good + "\\u0000\"", out);
        }
    }

    private void number(Base base, JsonNode body, JsonNode schema, List<Object> at, String type, String format, List<FuzzRequest> out) {
        if (type.equals("integer")) {
            for (String bad : List.of("1.5", "99999999999999999999")) {
                replaced(base, body, at, "body: not an integer", status(400), bad, out);
            }
            for (String bad : List.of("1e400", "-99999999999999999999")) {
                if (rare("body: not an integer " + bad, true)) {
                    replaced(base, body, at, "body: not an integer", status(400), bad, out);
                }
            }
            if (format.equals("int32")) {
                replaced(base, body, at, "body: integer over int32", status(400), "2147483648", out);
            }
        } else {
            replaced(base, body, at, "body: huge number", ANY, "1e400", out);
        }
        if (schema.has("minimum")) {
            double minimum = schema.get("minimum").asDouble();
            replaced(base, body, at, "body: number under its minimum", status(400),
                    type.equals("integer") ? String.valueOf((long) Math.ceil(minimum) - 1) : String.valueOf(minimum - 0.001), out);
        } else {
            replaced(base, body, at, "body: negative number", ANY, "-1", out);
        }
        if (schema.has("maximum")) {
            double maximum = schema.get("maximum").asDouble();
            replaced(base, body, at, "body: number over its maximum", status(400),
                    type.equals("integer") ? String.valueOf((long) Math.floor(maximum) + 1) : String.valueOf(maximum + 0.001), out);
        } else {
            replaced(base, body, at, "body: large number", ANY, "2147483647", out);
        }
    }

    private void array(Base base, JsonNode body, JsonNode schema, List<Object> at, List<FuzzRequest> out) {
        JsonNode items = document.resolve(schema.path("items"));
        String itemType = typeOf(items);
        JsonNode element = nodeAt(body, at).size() > 0 ? nodeAt(body, at).get(0) : NODES.textNode("fuzz");
        boolean objects = itemType.equals("object");
        int maxItems = schema.path("maxItems").asInt(-1);
        boolean tooMany = maxItems >= 0 && maxItems < HUGE_ARRAY;
        replaced(base, body, at, "body: 10,000-element array", tooMany ? status(400, 413) : ANY,
                "[" + String.join(",", java.util.Collections.nCopies(HUGE_ARRAY, bytesText(element))) + "]", out);
        if (objects && !requiredOf(items).isEmpty() && rare("body: 10,000 empty objects", true)) {
            // Each element lacks its required properties: tens of thousands of violations to report.
            replaced(base, body, at, "body: 10,000 empty objects", status(400, 413),
                    "[" + String.join(",", java.util.Collections.nCopies(HUGE_ARRAY, "{}")) + "]", out);
        }
        if (maxItems >= 0 && maxItems < HUGE_ARRAY) {
            replaced(base, body, at, "body: array one over its maxItems", status(400),
                    "[" + String.join(",", java.util.Collections.nCopies(maxItems + 1, bytesText(element))) + "]", out);
        }
        replaced(base, body, at, "body: empty array", schema.path("minItems").asInt(0) > 0 ? status(400) : ANY, "[]", out);
        replaced(base, body, at, "body: null element", status(400), "[null]", out);
        if (!itemType.equals("integer") && !itemType.equals("number")) {
            replaced(base, body, at, "body: element of the wrong type", status(400), "[42]", out);
        }
        if (!objects && rare("body: element that is an object", true)) {
            replaced(base, body, at, "body: element that is an object", status(400), "[{}]", out);
        }
    }

    /** A value as a report shows it: short, its control characters visible. */
    private static String shown(String value) {
        String visible = FuzzRequest.visible(value);
        return visible.length() <= 40 ? visible : visible.substring(0, 30) + "… (" + value.length() + " characters)";
    }

    /**
     * Whether the operation being made is one of the few of this document that get {@code mutation}: faults whose
     * handling every operation shares (the JSON parser, the token check) go to a couple of operations, chosen by the
     * seed, rather than to all of them.
     */
    private boolean rare(String mutation, boolean withBody) {
        Set<String> chosen = rareOperations.computeIfAbsent(mutation + "/" + withBody, any -> {
            List<String> eligible = operations.stream().filter(operation -> !withBody || operation.bodySchema().isPresent())
                    .map(Operation::key).toList();
            Random pick = new Random(seedValue ^ (mutation.hashCode() * 0x9E3779B97F4A7C15L));
            Set<String> keys = new LinkedHashSet<>();
            for (int i = 0; i < RARE_OPERATIONS && !eligible.isEmpty(); i++) {
                keys.add(eligible.get(pick.nextInt(eligible.size())));
            }
            return keys;
        });
        return chosen.contains(current.key());
    }

    // ---------------------------------------------------------------- wrong methods

    private List<FuzzRequest> wrongMethods() {
        List<FuzzRequest> out = new ArrayList<>();
        Map<String, Operation> byPath = new LinkedHashMap<>();
        Map<String, Set<String>> methods = new LinkedHashMap<>();
        for (Operation operation : operations) {
            byPath.putIfAbsent(operation.path(), operation);
            methods.computeIfAbsent(operation.path(), any -> new LinkedHashSet<>()).add(operation.method());
        }
        for (Map.Entry<String, Operation> path : byPath.entrySet()) {
            Base base = base(path.getValue());
            FuzzRequest concrete = base.with("", "", ANY).build();
            for (String method : METHODS) {
                if (methods.get(path.getKey()).contains(method) || otherTemplateAnswers(concrete.pathAndQuery(), method)) {
                    continue;
                }
                out.add(base.with("wrong method " + method, "method", status(405)).method(method).build());
            }
        }
        return out;
    }

    /** Whether another operation of this document takes {@code method} on the concrete {@code path}: then it is no wrong method. */
    private boolean otherTemplateAnswers(String path, String method) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        for (Operation operation : operations) {
            if (operation.method().equals(method) && Pattern.matches(operation.path().replaceAll("\\{[^}]+}", "[^/]+"), bare)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- helpers

    static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode alternative : type) {
                if (!alternative.asText().equals("null")) {
                    return alternative.asText();
                }
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return schema.has("enum") ? "string" : "";
    }

    private static boolean isUuid(JsonNode schema, String name) {
        return schema.path("format").asText("").equals("uuid") || name.endsWith("Id") && typeOf(schema).equals("string");
    }

    private static Set<String> requiredOf(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    private static String documentedCode(JsonNode schema, String apiCode) {
        for (JsonNode code : schema.get("enum")) {
            if (apiSpelling(code.asText()).equals(apiCode)) {
                return code.asText();
            }
        }
        return apiCode;
    }

    private static boolean matches(String pattern, String candidate) {
        try {
            return Pattern.compile(pattern).matcher(candidate).find();
        } catch (PatternSyntaxException unreadable) {
            return true;
        }
    }

    private UUID randomUuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private byte[] randomlyEdited(byte[] original) {
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        byte[] copy = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && copy.length > 0; i++) {
            String alphabet = "{}[]\",:\\0\u0000-e.";
            copy[random.nextInt(copy.length)] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        edited.writeBytes(copy);
        return edited.toByteArray();
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode node) {
        return utf8(bytesText(node));
    }

    private static String bytesText(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static String label(List<Object> path) {
        if (path.isEmpty()) {
            return "(root)";
        }
        StringBuilder label = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                label.append('[').append(index).append(']');
            } else {
                label.append(label.isEmpty() ? "" : ".").append(step);
            }
        }
        return label.toString();
    }

    private static JsonNode nodeAt(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The body's JSON text with the value at {@code path} replaced by the raw JSON text {@code fragment} (the whole body for the root). */
    private static String withValue(JsonNode body, List<Object> path, String fragment) {
        if (path.isEmpty()) {
            return fragment;
        }
        JsonNode copy = body.deepCopy();
        JsonNode parent = nodeAt(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, TextNode.valueOf(MARKER));
        } else {
            ((ObjectNode) parent).set((String) last, TextNode.valueOf(MARKER));
        }
        return bytesText(copy).replace("\"" + MARKER + "\"", fragment);
    }

    private static String without(JsonNode body, List<Object> path) {
        JsonNode copy = body.deepCopy();
        ((ObjectNode) nodeAt(copy, path.subList(0, path.size() - 1))).remove((String) path.get(path.size() - 1));
        return bytesText(copy);
    }

    /** The body with the string at {@code path} holding raw bytes that are no UTF-8. */
    private static byte[] withBytes(JsonNode body, List<Object> path, byte[] raw) {
        String text = withValue(body, path, "\"Fuzz " + MARKER + " text\"");
        int at = text.indexOf(MARKER);
        return concat(concat(utf8(text.substring(0, at)), raw), utf8(text.substring(at + MARKER.length())));
    }
}
