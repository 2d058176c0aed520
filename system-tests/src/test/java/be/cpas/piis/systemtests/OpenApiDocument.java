package be.cpas.piis.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI document a running service serves at {@code /q/openapi}, read as the contract it is: its
 * operations with their parameters, request body schema and roles, the {@code $ref}s resolved.
 */
final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final String service;
    private final JsonNode document;

    private OpenApiDocument(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    /** A document already read, e.g. one a test writes. */
    static OpenApiDocument of(String service, JsonNode document) {
        return new OpenApiDocument(service, document);
    }

    /** The document {@code service} serves at {@code baseUrl}. */
    static OpenApiDocument of(String service, String baseUrl) {
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json")).timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(service + " answers " + answer.statusCode() + " for its OpenAPI document");
            }
            return new OpenApiDocument(service, JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new IllegalStateException(service + "'s OpenAPI document is unreadable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One parameter of an operation, its schema resolved. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * One operation (path and method). {@code roles} are the scopes of its bearer security requirement, empty when
     * the document names none; {@code secured} tells whether it has a security requirement at all.
     */
    record Operation(String service, String method, String path, List<Parameter> parameters, Optional<JsonNode> bodySchema,
                     boolean bodyRequired, Set<String> bodyMediaTypes, boolean secured, Set<String> roles) {

        /** How reports name it: {@code POST /piis/v1/contracts/{contractId}/signatures}. */
        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String location) {
            return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
        }
    }

    /** Every operation except the development ({@code /dev/...}) and Quarkus ({@code /q/...}) ones, sorted by path then method. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = document.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getKey().startsWith("/dev/") || path.getKey().startsWith("/q/")) {
                continue;
            }
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(path.getKey(), method.toUpperCase(), operation, shared));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    private Operation operation(String path, String method, JsonNode operation, List<JsonNode> shared) {
        List<Parameter> parameters = new ArrayList<>();
        List<JsonNode> declared = new ArrayList<>(shared);
        operation.path("parameters").forEach(declared::add);
        for (JsonNode parameter : declared) {
            JsonNode resolved = resolve(parameter);
            String in = resolved.path("in").asText();
            parameters.add(new Parameter(resolved.path("name").asText(), in,
                    resolved.path("required").asBoolean(in.equals("path")), resolve(resolved.path("schema"))));
        }
        Optional<JsonNode> bodySchema = Optional.empty();
        Set<String> mediaTypes = new LinkedHashSet<>();
        JsonNode body = resolve(operation.path("requestBody"));
        for (Iterator<Map.Entry<String, JsonNode>> it = body.path("content").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> content = it.next();
            mediaTypes.add(content.getKey());
            if (content.getKey().contains("json") && bodySchema.isEmpty()) {
                bodySchema = Optional.of(resolve(content.getValue().path("schema")));
            }
        }
        JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
        Set<String> roles = new LinkedHashSet<>();
        boolean secured = false;
        for (JsonNode requirement : security) {
            for (Iterator<Map.Entry<String, JsonNode>> it = requirement.fields(); it.hasNext(); ) {
                secured = true;
                it.next().getValue().forEach(role -> roles.add(role.asText()));
            }
        }
        return new Operation(service, method, path, List.copyOf(parameters), bodySchema, body.path("required").asBoolean(false),
                Set.copyOf(mediaTypes), secured, Set.copyOf(roles));
    }

    /**
     * {@code node} with its {@code $ref} followed, and with {@code allOf} merged into one schema; {@code oneOf} and
     * {@code anyOf} become their first alternative. Nested schemas are resolved when they are walked.
     */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return JsonNodeFactory.instance.objectNode();
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (current.size() > 1) {
                // OpenAPI 3.1 allows siblings next to $ref (a description, a constraint): keep them over the target.
                ObjectNode merged = ((ObjectNode) target.deepCopy());
                current.fields().forEachRemaining(field -> {
                    if (!field.getKey().equals("$ref")) {
                        merged.set(field.getKey(), field.getValue());
                    }
                });
                current = merged;
            } else {
                current = target;
            }
        }
        if (current == null || current.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (current.has("allOf")) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            ObjectNode properties = JsonNodeFactory.instance.objectNode();
            Set<String> required = new LinkedHashSet<>();
            for (JsonNode part : current.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.fields().forEachRemaining(field -> {
                    switch (field.getKey()) {
                        case "properties" -> properties.setAll((ObjectNode) field.getValue());
                        case "required" -> field.getValue().forEach(name -> required.add(name.asText()));
                        default -> merged.set(field.getKey(), field.getValue());
                    }
                });
            }
            current.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("allOf")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            if (!properties.isEmpty()) {
                merged.set("properties", properties);
            }
            if (!required.isEmpty()) {
                required.forEach(merged.putArray("required")::add);
            }
            return merged;
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (current.has(alternatives) && current.get(alternatives).size() > 0) {
                return resolve(current.get(alternatives).get(0));
            }
        }
        return current;
    }
}
