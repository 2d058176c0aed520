package be.cpas.piis.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every service answers from its first start: readiness with its database and metrics on the
 * management port, the Belgif health resource, problem+json for an unknown path, the tokens it
 * refuses whatever the operation, the development clock kept for CPAS administrators, and its
 * OpenAPI description. A service's {@code @QuarkusTest} extends it.
 */
public abstract class ServiceBasicsTest {

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
}
