package be.cpas.piis.contracts.api;

import be.cpas.piis.testsupport.ServiceBasicsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceReadinessTest extends ServiceBasicsTest {

    @Override
    protected String collection() {
        return "/piis/v1/contracts";
    }

    @Override
    protected String creation() {
        return "/piis/v1/beneficiaries";
    }
}
