package be.cpas.piis.transfer;

import be.cpas.piis.testsupport.ServiceTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this service runs against a real broker and its own fresh database, and calls
 * contracts-service, evaluation-service and other CPAS's systems on real HTTP servers of the test
 * JVM ({@link OtherSystems}), with the national directory as corrected by {@link DirectoryCorrectionsResource}.
 */
@WithTestResource(value = ServiceTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = ServiceTestResources.SERVICE, value = "transfers"))
@WithTestResource(value = OtherSystemsResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = DirectoryCorrectionsResource.class, scope = TestResourceScope.GLOBAL)
public final class TransferTestResources {

    private TransferTestResources() {
    }
}
