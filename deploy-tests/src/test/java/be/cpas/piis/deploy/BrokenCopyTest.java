package be.cpas.piis.deploy;

import static be.cpas.piis.deploy.DeploymentProofTest.problemsOf;
import static be.cpas.piis.deploy.RenderedOverlay.describe;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof catches what it claims to: each test breaks one thing in a copy of the manifests that passes, and
 * the proof then fails, naming the problem.
 */
class BrokenCopyTest {

    private static final String OVERLAY = "prod";

    @TempDir
    Path directory;

    @Test
    void a_container_without_a_readiness_probe_fails_the_proof() {
        OverlayCopy copy = OverlayCopy.of(OVERLAY, directory);
        Deployment deployment = passing(copy).all(Deployment.class).get(0);
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);

        copy.patch("Deployment", deployment.getMetadata().getName(), """
                - op: remove
                  path: /spec/template/spec/containers/0/readinessProbe
                """);

        assertThat(problemsOf(copy.directory()))
                .contains(describe(deployment) + ": container " + container.getName() + " has no readinessProbe");
    }

    @Test
    void a_reference_to_a_secret_that_nothing_creates_fails_the_proof() {
        OverlayCopy copy = OverlayCopy.of(OVERLAY, directory);
        Deployment deployment = passing(copy).all(Deployment.class).stream()
                .filter(candidate -> firstSecretVariable(candidate.getSpec().getTemplate().getSpec().getContainers().get(0)) >= 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Deployment's first container reads a Secret"));
        int variable = firstSecretVariable(deployment.getSpec().getTemplate().getSpec().getContainers().get(0));

        copy.patch("Deployment", deployment.getMetadata().getName(), """
                - op: replace
                  path: /spec/template/spec/containers/0/env/%d/valueFrom/secretKeyRef/name
                  value: piis-no-such-secret
                """.formatted(variable));

        assertThat(problemsOf(copy.directory()))
                .anyMatch(problem -> problem.startsWith(describe(deployment) + ": Secret piis-no-such-secret ")
                        && problem.endsWith(" is neither in the overlay nor made by an operator resource of the overlay"));
    }

    @Test
    void a_route_to_a_service_that_does_not_exist_fails_the_proof() {
        OverlayCopy copy = OverlayCopy.of(OVERLAY, directory);
        HTTPRoute route = passing(copy).all(HTTPRoute.class).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("The overlay has no HTTPRoute"));

        copy.patch("HTTPRoute", route.getMetadata().getName(), """
                - op: replace
                  path: /spec/rules/0/backendRefs/0/name
                  value: piis-no-such-service
                """);

        assertThat(problemsOf(copy.directory()))
                .anyMatch(problem -> problem.startsWith(describe(route) + ": backend Service piis-no-such-service ")
                        && problem.endsWith(" is not in the overlay"));
    }

    @Test
    void a_topic_the_services_use_without_its_kafka_topic_fails_the_proof() {
        OverlayCopy copy = OverlayCopy.of(OVERLAY, directory);
        KafkaTopic evaluations = passing(copy).all(KafkaTopic.class).stream()
                .filter(topic -> "piis.evaluations".equals(topic.getSpec().getTopicName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No KafkaTopic for piis.evaluations"));
        String cluster = evaluations.getMetadata().getLabels().get("strimzi.io/cluster");

        copy.patch("KafkaTopic", evaluations.getMetadata().getName(), """
                $patch: delete
                kind: KafkaTopic
                metadata:
                  name: %s
                """.formatted(evaluations.getMetadata().getName()));

        assertThat(problemsOf(copy.directory()))
                .contains("Topic piis.evaluations is used by the services but has no KafkaTopic for cluster " + cluster);
    }

    @Test
    void an_api_other_than_the_transfer_api_open_to_any_address_fails_the_proof() {
        OverlayCopy copy = OverlayCopy.of(OVERLAY, directory);
        Deployment contracts = passing(copy).all(Deployment.class).stream()
                .filter(deployment -> deployment.getMetadata().getName().equals("contracts-service"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The overlay has no contracts-service"));

        copy.addResource("open-contracts-service.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: contracts-service-open-to-all
                spec:
                  podSelector:
                    matchLabels:
                      app.kubernetes.io/name: contracts-service
                  policyTypes: [Ingress]
                  ingress:
                    - from:
                        - ipBlock:
                            cidr: 0.0.0.0/0
                      ports:
                        - port: http
                """);

        assertThat(problemsOf(copy.directory())).anyMatch(problem -> problem.startsWith("NetworkPolicy contracts-service-open-to-all")
                && problem.endsWith(": opens " + describe(contracts) + " to any address, which only the API port of transfer-service may be"));
    }

    @Test
    void a_misspelled_field_fails_the_proof() {
        OverlayCopy copy = OverlayCopy.of(OVERLAY, directory);
        Deployment deployment = passing(copy).all(Deployment.class).get(0);

        copy.patch("Deployment", deployment.getMetadata().getName(), """
                - op: add
                  path: /spec/template/spec/containers/0/livenessProbes
                  value:
                    httpGet:
                      path: /q/health/live
                      port: management
                """);

        assertThat(problemsOf(copy.directory())).contains(describe(deployment)
                + ": spec.template.spec.containers[0].livenessProbes is not a field of apps/v1 Deployment");
    }

    private static RenderedOverlay passing(OverlayCopy copy) {
        return DeploymentProofTest.assertPassesEveryCheck(copy.directory());
    }

    private static int firstSecretVariable(Container container) {
        List<EnvVar> environment = container.getEnv() == null ? List.of() : container.getEnv();
        for (int i = 0; i < environment.size(); i++) {
            if (environment.get(i).getValueFrom() != null && environment.get(i).getValueFrom().getSecretKeyRef() != null) {
                return i;
            }
        }
        return -1;
    }
}
