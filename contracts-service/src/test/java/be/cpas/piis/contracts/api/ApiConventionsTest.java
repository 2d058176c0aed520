package be.cpas.piis.contracts.api;

import static be.cpas.piis.contracts.api.ContractsApi.asWorker;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The conventions of the Belgif REST guide that every service follows, seen on contracts-service. */
@QuarkusTest
class ApiConventionsTest {

    private static final String BODY = """
            {"ssin":"%s","firstName":"Ana","lastName":"Peeters","birthDate":"1985-07-30","language":"nl"}
            """;

    @Test
    void the_same_idempotency_key_and_body_give_the_same_answer_without_a_second_effect() {
        String key = UUID.randomUUID().toString();
        String body = BODY.formatted(SsinFactory.next());

        ExtractableResponse<Response> first = asWorker("11002").header("Idempotency-Key", key).body(body)
                .post("/piis/v1/beneficiaries").then().statusCode(201).extract();
        ExtractableResponse<Response> retry = asWorker("11002").header("Idempotency-Key", key).body(body)
                .post("/piis/v1/beneficiaries").then().statusCode(201).extract();

        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.contentType()).startsWith("application/json");
        asWorker("11002").body(body.substring(0, body.indexOf(",\"firstName")) + "}").post("/piis/v1/beneficiaries/search")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_a_conflict() {
        String key = UUID.randomUUID().toString();
        asWorker("11002").header("Idempotency-Key", key).body(BODY.formatted(SsinFactory.next()))
                .post("/piis/v1/beneficiaries").then().statusCode(201);

        asWorker("11002").header("Idempotency-Key", key).body(BODY.formatted(SsinFactory.next()))
                .post("/piis/v1/beneficiaries").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:cpas:piis:conflict"));
    }

    @Test
    void an_idempotency_key_belongs_to_the_callers_cpas() {
        String key = UUID.randomUUID().toString();
        String body = BODY.formatted(SsinFactory.next());
        String inAntwerp = asWorker("11002").header("Idempotency-Key", key).body(body)
                .post("/piis/v1/beneficiaries").then().statusCode(201).extract().path("id");

        String inLiege = asWorker("62063").header("Idempotency-Key", key).body(body)
                .post("/piis/v1/beneficiaries").then().statusCode(201).extract().path("id");

        assertThat(inLiege).isNotEqualTo(inAntwerp);
    }

    @Test
    void a_refusal_is_replayed_too() {
        String key = UUID.randomUUID().toString();
        String invalid = BODY.formatted("85073003329");
        asWorker("11002").header("Idempotency-Key", key).body(invalid).post("/piis/v1/beneficiaries").then().statusCode(400);

        asWorker("11002").header("Idempotency-Key", key).body(invalid).post("/piis/v1/beneficiaries")
                .then().statusCode(400).contentType("application/problem+json").body("issues[0].name", equalTo("ssin"));
    }

    @Test
    void every_response_has_a_new_trace_id_and_echoes_the_callers() {
        ExtractableResponse<Response> response = asWorker("11002").header("BelGov-Trace-Id", "caller-trace-42")
                .get("/piis/v1/contracts/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .header("BelGov-Trace-Id", notNullValue())
                .header("BelGov-Related-Trace-Id", equalTo("caller-trace-42"))
                .extract();
        assertThat(response.header("BelGov-Trace-Id")).isNotEqualTo("caller-trace-42");
    }

    @Test
    void X5_every_operation_documents_its_problem_responses() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/piis/v1/contracts/{contractId}/signatures'.post.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/piis/v1/beneficiaries'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/InputValidationProblem"))
                .body("paths.'/piis/v1/beneficiaries'.get.responses.'404'", nullValue())
                .body("paths.'/piis/v1/contracts/{contractId}'.get.responses.'422'", nullValue())
                .body("paths.'/piis/v1/contracts/{contractId}'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.InputValidationIssue.properties.in.enum", contains("body", "path", "query", "header"));
    }

    @Test
    void the_openapi_document_says_what_the_api_writes_and_asks() {
        ExtractableResponse<Response> document = given().get("/q/openapi?format=json").then().statusCode(200).extract();

        assertThat(document.<List<String>>path("components.schemas.ContractStatus.enum"))
                .containsExactly("draft", "proposed", "active", "completed", "terminated", "transferred");
        assertThat(document.<List<String>>path("components.schemas.ExemptionGround.enum")).contains("workingWithComplement");
        assertThat(document.<List<String>>path("components.schemas.Language.enum")).containsExactly("fr", "nl", "de");
        assertThat(document.<Map<String, Object>>path("components.schemas")).doesNotContainKeys("JsonNodeType", "Today");
        assertThat(document.<Map<String, Object>>path("paths")).doesNotContainKey("/dev/clock");
        assertThat(document.<List<String>>path("servers.url")).containsExactly("/");
        assertThat(document.<String>path("info.license.name")).isEqualTo("EUPL-1.2");
        List<String> tags = document.path("tags.name");
        assertThat(tags).containsExactly("beneficiaries", "contracts", "exemptions", "health");
        assertThat(document.<List<String>>path("paths.'/piis/v1/contracts/{contractId}/signatures'.post.tags")).containsExactly("contracts");
        assertThat(document.<String>path("paths.'/piis/v1/contracts/{contractId}/signatures'.post.operationId"))
                .isEqualTo("createContractSignature");
        Map<String, Map<String, Map<String, Object>>> paths = document.path("paths");
        List<Object> names = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (path.equals("/piis/v1/health")) {
                assertThat(operation.get("security")).as(method + " " + path).isEqualTo(List.of());
            } else {
                assertThat(operation.get("security")).as(method + " " + path).asString().contains("SecurityScheme");
            }
            assertThat(tags).as(method + " " + path).containsAll(tagsOf(operation));
            names.add(operation.get("operationId"));
        }));
        assertThat(names).doesNotContainNull().doesNotHaveDuplicates();
    }

    @SuppressWarnings("unchecked")
    private static List<String> tagsOf(Map<String, Object> operation) {
        return (List<String>) operation.get("tags");
    }
}
