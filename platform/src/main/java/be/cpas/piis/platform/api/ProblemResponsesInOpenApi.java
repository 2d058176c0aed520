package be.cpas.piis.platform.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses of every operation of the API (X5), so that a client developer
 * sees in the OpenAPI description what each error looks like without reading the code.
 */
public class ProblemResponsesInOpenApi implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Map<String, String> PROTECTED = Map.of(
            "400", "Malformed or invalid input (badRequest, with one issue per input)",
            "401", "No, invalid or expired access token",
            "403", "The token does not grant the role this operation needs (missingPermission)",
            "404", "Unknown, or not of the caller's CPAS (resourceNotFound)",
            "409", "State conflict, concurrent change or reused Idempotency-Key (conflict, with the rule)",
            "422", "Refused by a domain rule (ruleViolation, with the rule ID)",
            "500", "Unexpected failure (internalServerError), never with internals");

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        openApi.getComponents().addSchema("Problem", problemSchema());
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        openApi.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/piis/v1/") && !path.equals("/piis/v1/health")) {
                item.getOperations().values().forEach(ProblemResponsesInOpenApi::addProblemResponses);
            }
        });
    }

    private static void addProblemResponses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        PROTECTED.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse()
                        .description(description)
                        .content(problemContent()));
            }
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema issue = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("type", string).addProperty("in", string).addProperty("name", string)
                .addProperty("value", OASFactory.createSchema()).addProperty("detail", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem, typed as the Belgif REST guide asks")
                .addProperty("type", string.description("A stable URN, e.g. urn:problem-type:cpas:piis:ruleViolation"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("rule", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The domain rule that refused the request, e.g. C7"))
                .addProperty("issues", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(issue));
    }
}
