package be.cpas.piis.sanctions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import be.cpas.piis.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside local runs the development clock does not exist: nobody can move a production service's date. */
@QuarkusTest
@TestProfile(ProductionClockTest.ClockDisabled.class)
class ProductionClockTest {

    public static class ClockDisabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("piis.dev.clock-enabled", "false");
        }
    }

    @Test
    void the_development_clock_is_not_found_where_it_is_not_enabled() {
        given().auth().oauth2(DevTokens.forCpas("21004", "CPAS_ADMIN"))
                .contentType("application/json").body("{\"today\":\"2027-01-01\"}")
                .put("/dev/clock")
                .then().statusCode(404)
                .body("type", equalTo("urn:problem-type:belgif:resourceNotFound"));
    }

    @Test
    void the_development_clock_needs_a_token_anyway() {
        given().get("/dev/clock").then().statusCode(401);
    }
}
