package be.cpas.piis.sanctions;

import be.cpas.piis.testsupport.ServiceBasicsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceReadinessTest extends ServiceBasicsTest {
}
