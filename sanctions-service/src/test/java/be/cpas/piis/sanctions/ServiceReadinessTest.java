package be.cpas.piis.sanctions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceReadinessTest {

    @Test
    void the_service_is_ready_with_its_database_and_broker() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/piis/v1/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void X5_an_unknown_path_is_a_404_problem() {
        given().get("/piis/v1/nothingHere").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:belgif:resourceNotFound"));
    }
}
