package be.cpas.piis.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * What every service answers from its first start: readiness with its database and metrics on the
 * management port, the Belgif health resource, problem+json for an unknown path, and its OpenAPI
 * description. A service's {@code @QuarkusTest} extends it.
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

    @Test
    void the_api_is_described_in_openapi_with_its_problem_responses() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/piis/v1/health'.get.summary", equalTo("Whether this service can serve requests"))
                .body("components.schemas.Problem.properties.rule.type", equalTo("string"));
    }
}
