package be.cpas.piis.evaluation.api;

import be.cpas.piis.testsupport.ServiceBasicsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceReadinessTest extends ServiceBasicsTest {
}
