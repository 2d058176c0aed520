package be.cpas.piis.sanctions;

import be.cpas.piis.testsupport.ServiceBasicsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceReadinessTest extends ServiceBasicsTest {

    @Override
    protected String collection() {
        return "/piis/v1/breaches";
    }

    @Override
    protected String creation() {
        return "/piis/v1/breaches";
    }
}
