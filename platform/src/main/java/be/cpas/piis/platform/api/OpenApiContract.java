package be.cpas.piis.platform.api;

import be.cpas.piis.platform.json.Codes;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes each service's OpenAPI document the contract DESIGN.md asks for, so that another CPAS's
 * system can generate its client from it: codes as the API writes them (lowerCamelCase, not the
 * Java constants' names), one server, a token on every operation but the health check, the Belgif
 * problem schemas (Problem, InputValidationProblem, InputValidationIssue) on the error responses an
 * operation can give, a name for each operation and the tag of the collection it acts on (each
 * service describes its collections in {@code META-INF/openapi.yaml}). The development clock
 * ({@code /dev/clock}) is not part of it.
 */
public class OpenApiContract implements OASFilter {

    private static final String API = "/piis/v1/";
    private static final String HEALTH = "/piis/v1/health";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String INPUT_VALIDATION_PROBLEM = "#/components/schemas/InputValidationProblem";
    private static final Set<PathItem.HttpMethod> CHANGES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        openApi.setServers(List.of(OASFactory.createServer().url("/")
                .description("The deployment's gateway, or the service itself: every operation answers under /piis/v1")));
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        addProblemSchemas(openApi);
        if (openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(OpenApiContract::codesAsWritten);
        }
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        nameOperations(openApi);
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                operation.setTags(List.of(collectionOf(path)));
            }
            if (path.equals(HEALTH)) {
                operation.setSecurity(List.of());
            } else if (path.startsWith(API)) {
                // The roles an operation allows are the scopes of its requirement, where the resource names them.
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                    operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("SecurityScheme")));
                }
                documentProblems(path, method, operation);
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> codesAsWritten(parameter.getSchema()));
            }
        }));
    }

    /**
     * The error responses {@code operation} can give: 400 where it reads input, 401 and 403 (it needs a
     * token and a role), 404 where its path names a resource, 406 where it answers a representation,
     * 409 and 422 where it changes something, 415 where it reads a body, 500 always.
     */
    private static void documentProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean readsInput = operation.getRequestBody() != null
                || operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> !"header".equals(p.getIn().toString()));
        Map<String, APIResponse> problems = new LinkedHashMap<>();
        if (readsInput) {
            problems.put("400", problem("Malformed or invalid input: badRequest, with one issue per input", INPUT_VALIDATION_PROBLEM));
        }
        problems.put("401", problem("No, invalid or expired access token (noAccessToken, invalidAccessToken, expiredAccessToken)", PROBLEM));
        problems.put("403", problem("The token does not grant the role this operation needs (missingPermission)", PROBLEM));
        if (path.contains("{")) {
            problems.put("404", problem("Unknown, or not of the caller's CPAS (resourceNotFound)", PROBLEM));
        }
        problems.put("406", problem("None of the media types in Accept is one this operation answers (notAcceptable)", PROBLEM));
        if (CHANGES.contains(method)) {
            problems.put("409", problem("State conflict, concurrent change or reused Idempotency-Key (conflict, with the rule)", PROBLEM));
            problems.put("422", problem("Refused by a domain rule (ruleViolation, with the rule ID)", PROBLEM));
        }
        if (operation.getRequestBody() != null) {
            problems.put("415", problem("The body is not application/json (unsupportedMediaType)", PROBLEM));
        }
        problems.put("500", problem("Unexpected failure (internalServerError), never with internals", PROBLEM));
        problems.forEach((status, response) -> {
            APIResponse declared = responses.getAPIResponse(status);
            if (declared == null) {
                responses.addAPIResponse(status, response);
            } else if (declared.getContent() == null) {
                declared.setContent(response.getContent());
            }
        });
    }

    /** The collection a path of the API starts with: {@code contracts} for {@code /piis/v1/contracts/{contractId}/signatures}. */
    private static String collectionOf(String path) {
        return path.replaceFirst("^/piis/v1/", "").split("/")[0];
    }

    /**
     * Names every operation that has no name of its own (an {@code operationId}); where a
     * representation of a resource and an item of its sub-collection would take one name
     * ({@code GET …/document} and {@code GET …/documents/{documentId}}), the item's ends with {@code ById}.
     */
    private static void nameOperations(OpenAPI openApi) {
        Map<String, Integer> uses = new HashMap<>();
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() == null) {
                uses.merge(operationIdOf(method, path), 1, Integer::sum);
            }
        }));
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() == null) {
                String name = operationIdOf(method, path);
                operation.setOperationId(uses.get(name) > 1 && path.endsWith("}") ? name + "ById" : name);
            }
        }));
    }

    /**
     * A name for an operation that has none, from its method and path, unique in the document and the
     * same from one build to the next: {@code GET /contracts} is {@code listContracts}, {@code GET
     * /contracts/{contractId}} {@code getContract}, {@code POST /contracts/{contractId}/signatures}
     * {@code createContractSignature}, {@code POST /contracts/{contractId}/proposal}
     * {@code postContractProposal}, {@code PUT /beneficiaries/{beneficiaryId}/contact}
     * {@code putBeneficiaryContact}.
     */
    static String operationIdOf(PathItem.HttpMethod method, String path) {
        String extension = path.endsWith(".ics") ? "Ics" : "";
        List<String> segments = List.of(path.replaceFirst("^/piis/v1/", "").replaceFirst("\\.ics$", "").split("/"));
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{")) {
                continue;
            }
            boolean namesOne = i + 1 < segments.size() && segments.get(i + 1).startsWith("{");
            boolean lastWord = segments.subList(i + 1, segments.size()).stream().allMatch(later -> later.startsWith("{"));
            boolean creates = lastWord && method == PathItem.HttpMethod.POST && isCollection(segment);
            String word = namesOne || creates ? singular(segment) : segment;
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        boolean item = segments.get(segments.size() - 1).startsWith("{");
        boolean collection = !item && isCollection(segments.get(segments.size() - 1));
        String verb = switch (method) {
            case GET -> collection ? "list" : "get";
            case POST -> collection ? "create" : "post";
            default -> method.name().toLowerCase(Locale.ROOT);
        };
        return verb + name + extension;
    }

    /** A plural path segment names a collection ({@code cpas} is one, its own plural); {@code settings} is a word of its own. */
    private static boolean isCollection(String segment) {
        return segment.endsWith("s") && !segment.endsWith("settings");
    }

    private static String singular(String segment) {
        if (!isCollection(segment) || segment.equals("cpas")) {
            return segment;
        }
        if (segment.endsWith("ies")) {
            return segment.substring(0, segment.length() - 3) + "y";
        }
        if (segment.endsWith("ches") || segment.endsWith("shes") || segment.endsWith("sses") || segment.endsWith("xes")) {
            return segment.substring(0, segment.length() - 2);
        }
        return segment.substring(0, segment.length() - 1);
    }

    private static APIResponse problem(String description, String schema) {
        return OASFactory.createAPIResponse().description(description).content(problemContent(schema));
    }

    private static Content problemContent(String schema) {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema)));
    }

    /** An enum of Java constants ({@code IN_PERSON}) becomes the codes the API reads and writes ({@code inPerson}). */
    private static void codesAsWritten(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getEnumeration() != null) {
            schema.setEnumeration(schema.getEnumeration().stream()
                    .map(value -> value instanceof String constant && constant.matches("[A-Z][A-Z0-9_]*") ? Codes.ofName(constant) : value)
                    .toList());
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiContract::codesAsWritten);
        }
        codesAsWritten(schema.getItems());
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(OpenApiContract::codesAsWritten);
        }
    }

    /** The problem schemas of the Belgif REST guide (openapi-problem), with this platform's {@code rule}. */
    private static void addProblemSchemas(OpenAPI openApi) {
        openApi.getComponents()
                .addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("An RFC 9457 problem, typed as the Belgif REST guide asks (application/problem+json)")
                        .addProperty("type", text("A URN naming the kind of problem, e.g. urn:problem-type:cpas:piis:ruleViolation")
                                .format("uri"))
                        .addProperty("href", text("Where the problem type is described, when it is").format("uri"))
                        .addProperty("title", text("A short summary of the problem type"))
                        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                                .description("The HTTP status"))
                        .addProperty("detail", text("What went wrong in this occurrence"))
                        .addProperty("instance", text("This occurrence").format("uri"))
                        .addProperty("rule", text("The domain rule that refused the request, e.g. C7 (409 and 422)"))
                        .required(List.of("type", "title", "status")))
                .addSchema("InputValidationIssue", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("One invalid input of a badRequest problem")
                        .addProperty("type", text("urn:problem-type:belgif:input-validation:schemaViolation, …:invalidInput or"
                                + " …:unknownInput").format("uri"))
                        .addProperty("in", text("Where the input is").enumeration(List.of("body", "path", "query", "header")))
                        .addProperty("name", text("The input: a JSON path in the body (goals[0].title), or the parameter's name"))
                        .addProperty("value", OASFactory.createSchema().description("The value given, when it may be echoed (never a NISS)"))
                        .addProperty("detail", text("Why it is refused")))
                .addSchema("InputValidationProblem", OASFactory.createSchema()
                        .addAllOf(OASFactory.createSchema().ref(PROBLEM))
                        .addAllOf(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("issues", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().ref("#/components/schemas/InputValidationIssue"))))
                        .description("A badRequest problem (400) listing every invalid input together"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
