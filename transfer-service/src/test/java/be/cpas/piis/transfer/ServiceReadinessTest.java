package be.cpas.piis.transfer;

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
    void the_api_is_described_in_openapi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/piis/v1/health'.get.summary", equalTo("Whether this service can serve requests"));
    }
}
