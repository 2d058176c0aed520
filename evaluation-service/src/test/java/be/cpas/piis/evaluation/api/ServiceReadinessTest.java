package be.cpas.piis.evaluation.api;

import be.cpas.piis.testsupport.ServiceBasicsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceReadinessTest extends ServiceBasicsTest {

    @Override
    protected String collection() {
        return "/piis/v1/evaluations";
    }

    @Override
    protected String creation() {
        return "/piis/v1/interviewRequests";
    }
}
