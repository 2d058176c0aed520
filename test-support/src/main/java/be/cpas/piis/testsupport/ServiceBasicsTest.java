package be.cpas.piis.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every service answers from its first start: readiness with its database and metrics on the
 * management port, the Belgif health resource, problem+json for an unknown path, the tokens it
 * refuses whatever the operation, the development clock kept for CPAS administrators, and its
 * OpenAPI description; and that whatever the HTTP layer refuses is a typed problem too, never a
 * bare status nor a 500. A service's {@code @QuarkusTest} extends it.
 */
public abstract class ServiceBasicsTest {

    /** A collection of the service that a social worker lists: {@code pageSize} and {@code cursor} are its parameters. */
    protected abstract String collection();

    /** An operation of the service that takes a JSON body from a social worker. */
    protected abstract String creation();

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void the_service_is_ready_with_its_database_and_broker() {
        given().get(readiness).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/piis/v1/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void probes_and_metrics_answer_on_the_management_port_not_on_the_api_port() {
        given().get(metrics).then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void X5_an_unknown_path_is_a_404_problem() {
        given().auth().oauth2(DevTokens.forCpas("21004", "SOCIAL_WORKER")).get("/piis/v1/nothingHere").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:resourceNotFound"));
    }

    /** [int-negot]: French unless the caller prefers Dutch or German, which Content-Language then names. */
    @Test
    void X5_problems_are_said_in_french_dutch_or_german_as_accept_language_asks() {
        worker().get("/piis/v1/nothingHere").then().statusCode(404).header("Content-Language", "fr-BE")
                .body("title", equalTo("Ressource introuvable")).body("detail", equalTo("Aucune ressource à ce chemin"));
        worker().header("Accept-Language", "nl-BE").get("/piis/v1/nothingHere").then().statusCode(404).header("Content-Language", "nl-BE")
                .body("title", equalTo("Resource niet gevonden")).body("detail", equalTo("Geen resource op dit pad"));
        worker().header("Accept-Language", "en-GB, de;q=0.8, nl;q=0.5").get("/piis/v1/nothingHere").then().statusCode(404)
                .header("Content-Language", "de-BE").body("title", equalTo("Ressource nicht gefunden"));
        worker().header("Accept-Language", "en-GB").get(collection() + "/" + UUID.randomUUID()).then().statusCode(404)
                .header("Content-Language", "fr-BE").body("detail", containsString("introuvable"));
        given().header("Accept-Language", "de-BE").get(collection()).then().statusCode(401).header("Content-Language", "de-BE")
                .body("title", equalTo("Kein Zugriffstoken"));
        worker().header("Accept-Language", "nl-BE").get(collection() + "/" + "a".repeat(9_000)).then().statusCode(414)
                .header("Content-Language", "nl-BE").body("detail", containsString("tekens"));
    }

    /** The platform's sources are read beside the service's: its wordings are said by every service. */
    @Test
    void X5_every_wording_the_service_names_is_written_in_french_dutch_and_german() {
        ProblemCatalogues.assertComplete(Path.of("src/main/java"), Path.of("../platform/src/main/java"));
    }

    /** GET /dev/clock reads no CPAS: the claim is checked where every token is verified, not by the operations that read it. */
    @ParameterizedTest
    @MethodSource("malformedCpasClaims")
    void X1_a_token_without_a_well_formed_cpas_claim_is_refused_even_where_no_cpas_is_read(Optional<Object> claim) {
        given().auth().oauth2(DevTokens.withCpasClaim(claim, "CPAS_ADMIN")).get("/dev/clock").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:invalidAccessToken"));
        given().auth().oauth2(DevTokens.withCpasClaim(Optional.of("21004"), "CPAS_ADMIN")).get("/dev/clock").then().statusCode(200);
    }

    static Stream<Optional<Object>> malformedCpasClaims() {
        return Stream.of(Optional.empty(), Optional.of("2100"), Optional.of("210045"), Optional.of("2100a"), Optional.of(21004),
                Optional.of(List.of("21004")), Optional.of("\uFF12\uFF11\uFF10\uFF10\uFF14"));
    }

    @Test
    void X2_a_token_issued_in_the_future_is_refused() {
        given().auth().oauth2(DevTokens.issuedAhead(Duration.ofMinutes(5), "21004", "CPAS_ADMIN")).get("/dev/clock").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:invalidAccessToken"));
        given().auth().oauth2(DevTokens.issuedAhead(Duration.ofSeconds(20), "21004", "CPAS_ADMIN")).get("/dev/clock").then()
                .statusCode(200);
    }

    /** The service's date is every CPAS's date: a social worker of one CPAS cannot move it for all. */
    @Test
    void X2_only_a_cpas_admin_reads_or_moves_the_development_clock() {
        String today = given().auth().oauth2(DevTokens.forCpas("21004", "CPAS_ADMIN")).get("/dev/clock").then().statusCode(200)
                .extract().path("today");
        for (String role : List.of("SOCIAL_WORKER", "COUNCIL", "AUDITOR", "PARTNER_CPAS")) {
            given().auth().oauth2(DevTokens.forCpas("21004", role)).contentType("application/json").body("{\"today\":\"2027-03-01\"}")
                    .put("/dev/clock").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:belgif:missingPermission"));
            given().auth().oauth2(DevTokens.forCpas("21004", role)).get("/dev/clock").then().statusCode(403);
        }
        given().auth().oauth2(DevTokens.forCpas("21004", "CPAS_ADMIN")).contentType("application/json").body("{\"today\":\"" + today + "\"}")
                .put("/dev/clock").then().statusCode(200).body("today", equalTo(today));
    }

    @Test
    void the_api_is_described_in_openapi_with_its_problem_responses() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/piis/v1/health'.get.summary", equalTo("Whether this service can serve requests"))
                .body("components.schemas.Problem.properties.rule.type", equalTo("string"));
    }

    @Test
    void X5_a_method_a_media_type_or_a_size_the_operation_does_not_take_is_a_typed_problem() {
        problem(worker().delete(collection()), 405, "urn:problem-type:cpas:piis:methodNotAllowed")
                .header("Allow", containsString("GET"));
        problem(worker().body("{}".getBytes(StandardCharsets.UTF_8)).post(creation()), 415, "urn:problem-type:cpas:piis:unsupportedMediaType");
        problem(worker().accept("application/xml").get(collection()), 406, "urn:problem-type:cpas:piis:notAcceptable");
        problem(worker().accept("text/html").get(collection()), 406, "urn:problem-type:cpas:piis:notAcceptable");
        problem(worker().contentType("text/plain").body("{}".getBytes(StandardCharsets.UTF_8)).post(creation()), 415, "urn:problem-type:cpas:piis:unsupportedMediaType");
        problem(worker().header("Content-Type", ";;;").body("{}".getBytes(StandardCharsets.UTF_8)).post(creation()), 400, "urn:problem-type:belgif:badRequest")
                .body("issues[0].in", equalTo("header"));
        problem(worker().get(collection() + "/" + "a".repeat(9_000)), 414, "urn:problem-type:cpas:piis:uriTooLong");
        problem(worker().header("X-Padding", "a".repeat(40_000)).get(collection()), 431, "urn:problem-type:cpas:piis:requestHeaderFieldsTooLarge");
        problem(worker().contentType(ContentType.JSON).body(new byte[11 * 1024 * 1024]).post(creation()), 413,
                "urn:problem-type:belgif:payloadTooLarge");
    }

    @Test
    void X5_a_body_with_a_duplicate_key_content_after_its_value_or_nesting_without_end_is_a_400() {
        problem(worker().contentType(ContentType.JSON).body("{\"a\":1,\"a\":2}").post(creation()), 400, "urn:problem-type:belgif:badRequest")
                .body("issues.detail", hasItem("is given more than once"));
        problem(worker().contentType(ContentType.JSON).body("{} {}").post(creation()), 400, "urn:problem-type:belgif:badRequest")
                .body("issues.detail", hasItem("content follows the JSON value: a body holds exactly one"));
        problem(worker().contentType(ContentType.JSON).body("[".repeat(5_000)).post(creation()), 400, "urn:problem-type:belgif:badRequest");
        problem(worker().contentType(ContentType.JSON).body(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'})
                .post(creation()), 400, "urn:problem-type:belgif:badRequest").body("issues[0].detail", equalTo("is not UTF-8"));
        problem(worker().contentType(ContentType.JSON).body("{\"a\":\"\\u0000\",\"b\":\"\\uffff\"}".getBytes(StandardCharsets.UTF_8)).post(creation()),
                400, "urn:problem-type:belgif:badRequest");
    }

    @Test
    void X5_a_malformed_page_size_a_repeated_parameter_or_a_malformed_id_in_the_path_is_a_400_naming_it() {
        problem(worker().queryParam("pageSize", "abc").get(collection()), 400, "urn:problem-type:belgif:badRequest")
                .body("issues[0].in", equalTo("query")).body("issues[0].name", equalTo("pageSize"));
        problem(worker().queryParam("pageSize", "1", "2").get(collection()), 400, "urn:problem-type:belgif:badRequest")
                .body("issues[0].name", equalTo("pageSize"));
        problem(worker().urlEncodingEnabled(false).get(collection() + "?cursor="), 400, "urn:problem-type:belgif:badRequest")
                .body("issues[0].name", equalTo("cursor"));
        problem(worker().urlEncodingEnabled(false).get(collection() + "?pageSize=1%ED%A0%80"), 400, "urn:problem-type:belgif:badRequest")
                .body("issues[0].in", equalTo("query"));
        problem(worker().get(collection() + "/not-a-uuid"), 400, "urn:problem-type:belgif:badRequest")
                .body("issues[0].in", equalTo("path")).body("issues[0].value", equalTo("not-a-uuid"));
    }

    @Test
    void X5_a_cursor_holding_a_day_outside_1900_to_2199_is_a_400_naming_it() {
        for (String day : new String[] {"-999999999-01-01", "+999999999-12-31", "1899-12-31"}) {
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((day + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
            problem(worker().queryParam("cursor", cursor).get(collection()), 400, "urn:problem-type:belgif:badRequest")
                    .body("issues.name", hasItems("cursor"));
        }
    }

    private static RequestSpecification worker() {
        return given().auth().oauth2(DevTokens.forCpas("21004", "SOCIAL_WORKER"));
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String type) {
        return response.then().statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo(type))
                .body("status", equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue());
    }
}
