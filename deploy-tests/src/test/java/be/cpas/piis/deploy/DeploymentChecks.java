package be.cpas.piis.deploy;

import static be.cpas.piis.deploy.RenderedOverlay.describe;

import be.cpas.piis.deploy.crd.Certificate;
import be.cpas.piis.deploy.crd.CloudNativePgCluster;
import be.cpas.piis.deploy.crd.ExternalSecret;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.SecretObjectReference;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a rendered overlay must satisfy to run: healthy and confined containers, references that lead somewhere,
 * a topic for every topic the services use, scaling and disruption rules for every Deployment, and a network
 * where only the transfer API is open to other systems.
 */
final class DeploymentChecks {

    /** The environment variable that gives the services their Kafka brokers. */
    private static final String KAFKA_BOOTSTRAP_VARIABLE = "KAFKA_BOOTSTRAP_SERVERS";
    /** Strimzi names the bootstrap Service of cluster X {@code X-kafka-bootstrap}. */
    private static final String STRIMZI_BOOTSTRAP_SUFFIX = "-kafka-bootstrap";
    private static final String STRIMZI_CLUSTER_LABEL = "strimzi.io/cluster";
    private static final List<String> COMPUTE_RESOURCES = List.of("cpu", "memory");
    /** Other CPAS systems deliver dossiers to it directly (T5): the one API open to any address. */
    private static final String OPEN_TO_PARTNERS = "transfer-service";
    private static final String API_PORT = "http";

    private final RenderedOverlay overlay;
    private final Set<String> topicsInUse;

    private DeploymentChecks(RenderedOverlay overlay, Set<String> topicsInUse) {
        this.overlay = overlay;
        this.topicsInUse = topicsInUse;
    }

    /** Every problem of the overlay, each naming the object at fault; none when the overlay can be deployed. */
    static List<String> problemsOf(RenderedOverlay overlay, Set<String> topicsInUse) {
        DeploymentChecks checks = new DeploymentChecks(overlay, topicsInUse);
        List<String> problems = new ArrayList<>(overlay.modelProblems());
        problems.addAll(checks.namespaceProblems());
        problems.addAll(checks.containerProblems());
        problems.addAll(checks.serviceAccountTokenProblems());
        problems.addAll(checks.secretReferenceProblems());
        problems.addAll(checks.configMapReferenceProblems());
        problems.addAll(checks.routeProblems());
        problems.addAll(checks.serviceProblems());
        problems.addAll(checks.kafkaProblems());
        problems.addAll(checks.scalingAndDisruptionProblems());
        problems.addAll(checks.networkExposureProblems());
        return problems;
    }

    /** kubectl apply puts an object without a namespace in its context's namespace, away from the others. */
    private List<String> namespaceProblems() {
        return overlay.all(Namespaced.class).stream()
                .filter(object -> RenderedOverlay.metadataOf(object).getNamespace() == null)
                .map(object -> describe(object) + " has no namespace")
                .toList();
    }

    private List<String> containerProblems() {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                String prefix = describe(deployment) + ": container " + container.getName();
                probeProblem("startupProbe", container.getStartupProbe(), "/q/health/started").ifPresent(p -> problems.add(prefix + p));
                probeProblem("livenessProbe", container.getLivenessProbe(), "/q/health/live").ifPresent(p -> problems.add(prefix + p));
                probeProblem("readinessProbe", container.getReadinessProbe(), "/q/health/ready").ifPresent(p -> problems.add(prefix + p));
                missingResources(container.getResources()).forEach(missing -> problems.add(prefix + " has no " + missing));
                confinementProblems(pod.getSecurityContext(), container.getSecurityContext()).forEach(p -> problems.add(prefix + p));
            }
        }
        return problems;
    }

    private static Optional<String> probeProblem(String probeName, Probe probe, String path) {
        if (probe == null) {
            return Optional.of(" has no " + probeName);
        }
        if (probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
            return Optional.of("'s " + probeName + " is not an HTTP GET of " + path);
        }
        return Optional.empty();
    }

    private static List<String> missingResources(ResourceRequirements resources) {
        Map<String, Quantity> requests = resources == null ? null : resources.getRequests();
        Map<String, Quantity> limits = resources == null ? null : resources.getLimits();
        List<String> missing = new ArrayList<>();
        for (String resource : COMPUTE_RESOURCES) {
            if (requests == null || !requests.containsKey(resource)) {
                missing.add(resource + " request");
            }
            if (limits == null || !limits.containsKey(resource)) {
                missing.add(resource + " limit");
            }
        }
        return missing;
    }

    private static List<String> confinementProblems(PodSecurityContext pod, SecurityContext container) {
        Boolean containerRunAsNonRoot = container == null ? null : container.getRunAsNonRoot();
        Boolean podRunAsNonRoot = pod == null ? null : pod.getRunAsNonRoot();
        List<String> problems = new ArrayList<>();
        if (!Boolean.TRUE.equals(containerRunAsNonRoot != null ? containerRunAsNonRoot : podRunAsNonRoot)) {
            problems.add(" may run as root (runAsNonRoot is not true)");
        }
        if (container == null || !Boolean.TRUE.equals(container.getReadOnlyRootFilesystem())) {
            problems.add(" has a writable root filesystem (readOnlyRootFilesystem is not true)");
        }
        if (container == null || !Boolean.FALSE.equals(container.getAllowPrivilegeEscalation())) {
            problems.add(" may escalate its privileges (allowPrivilegeEscalation is not false)");
        }
        return problems;
    }

    private List<String> serviceAccountTokenProblems() {
        Set<ObjectKey> accountsWithoutToken = overlay.all(ServiceAccount.class).stream()
                .filter(account -> Boolean.FALSE.equals(account.getAutomountServiceAccountToken()))
                .map(ObjectKey::of)
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String account = Objects.requireNonNullElse(pod.getServiceAccountName(), "default");
            boolean automounts = pod.getAutomountServiceAccountToken() != null
                    ? pod.getAutomountServiceAccountToken()
                    : !accountsWithoutToken.contains(ObjectKey.in(deployment, account));
            if (automounts) {
                problems.add(describe(deployment) + ": its pods automount the service account token");
            }
        }
        return problems;
    }

    private List<String> secretReferenceProblems() {
        Set<ObjectKey> provided = providedSecrets();
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            for (String secret : PodReferences.of(deployment.getSpec().getTemplate().getSpec()).secrets()) {
                ObjectKey key = ObjectKey.in(deployment, secret);
                if (!provided.contains(key)) {
                    problems.add(describe(deployment) + ": Secret " + key
                            + " is neither in the overlay nor made by an operator resource of the overlay");
                }
            }
        }
        for (Gateway gateway : overlay.all(Gateway.class)) {
            for (SecretObjectReference certificate : certificatesOf(gateway)) {
                ObjectKey secret = new ObjectKey(
                        Objects.requireNonNullElse(certificate.getNamespace(), namespaceOf(gateway)), certificate.getName());
                if (!provided.contains(secret)) {
                    problems.add(describe(gateway) + ": certificate Secret " + secret
                            + " is neither in the overlay nor made by an operator resource of the overlay");
                }
            }
        }
        return problems;
    }

    /** The Secrets of the overlay, and those its operator resources have their operators create. */
    private Set<ObjectKey> providedSecrets() {
        Set<ObjectKey> provided = new HashSet<>();
        overlay.all(Secret.class).forEach(secret -> provided.add(ObjectKey.of(secret)));
        for (CloudNativePgCluster cluster : overlay.all(CloudNativePgCluster.class)) {
            ObjectKey key = ObjectKey.of(cluster.metadata());
            provided.add(key.sibling(key.name() + "-app"));
            if (cluster.spec() != null && Boolean.TRUE.equals(cluster.spec().enableSuperuserAccess())) {
                provided.add(key.sibling(key.name() + "-superuser"));
            }
        }
        overlay.all(KafkaUser.class).forEach(user -> provided.add(ObjectKey.of(user)));
        for (Kafka kafka : overlay.all(Kafka.class)) {
            provided.add(ObjectKey.in(kafka, kafka.getMetadata().getName() + "-cluster-ca-cert"));
            provided.add(ObjectKey.in(kafka, kafka.getMetadata().getName() + "-clients-ca-cert"));
        }
        for (Certificate certificate : overlay.all(Certificate.class)) {
            provided.add(ObjectKey.of(certificate.metadata()).sibling(certificate.spec().secretName()));
        }
        for (ExternalSecret externalSecret : overlay.all(ExternalSecret.class)) {
            String target = externalSecret.spec().target() == null || externalSecret.spec().target().name() == null
                    ? externalSecret.metadata().getName()
                    : externalSecret.spec().target().name();
            provided.add(ObjectKey.of(externalSecret.metadata()).sibling(target));
        }
        return provided;
    }

    private static List<SecretObjectReference> certificatesOf(Gateway gateway) {
        return listOrEmpty(gateway.getSpec().getListeners()).stream()
                .map(Listener::getTls)
                .filter(Objects::nonNull)
                .flatMap(tls -> listOrEmpty(tls.getCertificateRefs()).stream())
                .filter(reference -> reference.getKind() == null || "Secret".equals(reference.getKind()))
                .toList();
    }

    private List<String> configMapReferenceProblems() {
        Set<ObjectKey> configMaps = overlay.all(ConfigMap.class).stream().map(ObjectKey::of).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            for (String configMap : PodReferences.of(deployment.getSpec().getTemplate().getSpec()).configMaps()) {
                ObjectKey key = ObjectKey.in(deployment, configMap);
                if (!configMaps.contains(key)) {
                    problems.add(describe(deployment) + ": ConfigMap " + key + " is not in the overlay");
                }
            }
        }
        return problems;
    }

    private List<String> routeProblems() {
        Map<ObjectKey, Service> services = overlay.all(Service.class).stream()
                .collect(Collectors.toMap(ObjectKey::of, Function.identity()));
        List<String> problems = new ArrayList<>();
        for (HTTPRoute route : overlay.all(HTTPRoute.class)) {
            listOrEmpty(route.getSpec().getRules()).stream()
                    .flatMap(rule -> listOrEmpty(rule.getBackendRefs()).stream())
                    .filter(backend -> backend.getKind() == null || "Service".equals(backend.getKind()))
                    .forEach(backend -> backendProblem(services,
                            new ObjectKey(Objects.requireNonNullElse(backend.getNamespace(), namespaceOf(route)), backend.getName()),
                            backend.getPort() == null ? null : new IntOrString(backend.getPort()))
                            .ifPresent(problem -> problems.add(describe(route) + ": " + problem)));
        }
        for (Ingress ingress : overlay.all(Ingress.class)) {
            Stream.concat(Stream.ofNullable(ingress.getSpec().getDefaultBackend()),
                            listOrEmpty(ingress.getSpec().getRules()).stream()
                                    .filter(rule -> rule.getHttp() != null)
                                    .flatMap(rule -> rule.getHttp().getPaths().stream())
                                    .map(HTTPIngressPath::getBackend))
                    .map(IngressBackend::getService)
                    .filter(Objects::nonNull)
                    .forEach(backend -> backendProblem(services, ObjectKey.in(ingress, backend.getName()),
                            backend.getPort().getName() != null
                                    ? new IntOrString(backend.getPort().getName())
                                    : new IntOrString(backend.getPort().getNumber()))
                            .ifPresent(problem -> problems.add(describe(ingress) + ": " + problem)));
        }
        return problems;
    }

    private static Optional<String> backendProblem(Map<ObjectKey, Service> services, ObjectKey target, IntOrString port) {
        Service service = services.get(target);
        if (service == null) {
            return Optional.of("backend Service " + target + " is not in the overlay");
        }
        boolean declared = service.getSpec().getPorts().stream().anyMatch(servicePort -> port != null && (
                Objects.equals(port.getIntVal(), servicePort.getPort()) || Objects.equals(port.getStrVal(), servicePort.getName())));
        return declared
                ? Optional.empty()
                : Optional.of("backend Service " + target + " declares no port " + (port == null ? "(none given)" : port.getValue()));
    }

    private List<String> serviceProblems() {
        List<String> problems = new ArrayList<>();
        for (Service service : overlay.all(Service.class)) {
            List<Deployment> selected = overlay.all(Deployment.class).stream()
                    .filter(deployment -> sameNamespace(deployment, service))
                    .filter(deployment -> selects(service.getSpec().getSelector(), podLabels(deployment)))
                    .toList();
            if (selected.isEmpty()) {
                problems.add(describe(service) + " selects the pods of no Deployment");
                continue;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
                for (Deployment deployment : selected) {
                    boolean exposed = deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                            .flatMap(container -> listOrEmpty(container.getPorts()).stream())
                            .anyMatch(containerPort -> targets(target, containerPort));
                    if (!exposed) {
                        problems.add(describe(service) + ": port " + port.getName() + " targets " + target.getValue()
                                + ", which no container of " + describe(deployment) + " declares");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean targets(IntOrString target, ContainerPort port) {
        return Objects.equals(target.getIntVal(), port.getContainerPort())
                || (target.getStrVal() != null && target.getStrVal().equals(port.getName()));
    }

    private List<String> kafkaProblems() {
        Map<String, Kafka> clusters = overlay.all(Kafka.class).stream()
                .collect(Collectors.toMap(kafka -> kafka.getMetadata().getName(), Function.identity()));
        List<String> problems = new ArrayList<>();
        Set<String> clustersInUse = new TreeSet<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            List<KafkaAddress> addresses = kafkaAddressesOf(deployment);
            // The services publish and consume events; the console, which only calls their APIs, needs no broker.
            if (addresses.isEmpty() && isService(deployment)) {
                problems.add(describe(deployment) + ": " + KAFKA_BOOTSTRAP_VARIABLE
                        + " names no Strimzi bootstrap Service (<cluster>" + STRIMZI_BOOTSTRAP_SUFFIX + ":<port>)");
            }
            for (KafkaAddress address : addresses) {
                Kafka kafka = clusters.get(address.cluster());
                if (kafka == null) {
                    problems.add(describe(deployment) + ": connects to Kafka cluster " + address.cluster()
                            + ", which is not a Kafka of the overlay");
                } else if (kafka.getSpec().getKafka().getListeners().stream().noneMatch(listener -> listener.getPort() == address.port())) {
                    problems.add(describe(deployment) + ": connects to Kafka cluster " + address.cluster()
                            + " on port " + address.port() + ", where it has no listener");
                }
                clustersInUse.add(address.cluster());
            }
        }
        for (String cluster : clustersInUse) {
            Set<String> declared = overlay.all(KafkaTopic.class).stream()
                    .filter(topic -> cluster.equals(labelsOf(topic).get(STRIMZI_CLUSTER_LABEL)))
                    .map(DeploymentChecks::topicName)
                    .collect(Collectors.toSet());
            for (String topic : new TreeSet<>(topicsInUse)) {
                if (!declared.contains(topic)) {
                    problems.add("Topic " + topic + " is used by the services but has no KafkaTopic for cluster " + cluster);
                }
            }
        }
        return problems;
    }

    private static String topicName(KafkaTopic topic) {
        return topic.getSpec() != null && topic.getSpec().getTopicName() != null
                ? topic.getSpec().getTopicName()
                : topic.getMetadata().getName();
    }

    /** The Strimzi clusters, and their ports, among the bootstrap servers a Deployment gives its service. */
    private List<KafkaAddress> kafkaAddressesOf(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .flatMap(container -> listOrEmpty(container.getEnv()).stream())
                .filter(variable -> KAFKA_BOOTSTRAP_VARIABLE.equals(variable.getName()))
                .map(variable -> valueOf(deployment, variable))
                .flatMap(Optional::stream)
                .flatMap(servers -> Stream.of(servers.split(",")))
                .map(KafkaAddress::of)
                .flatMap(Optional::stream)
                .toList();
    }

    private record KafkaAddress(String cluster, int port) {

        private static final Pattern STRIMZI_BOOTSTRAP = Pattern.compile(
                "(?<cluster>[a-z0-9-]+)" + STRIMZI_BOOTSTRAP_SUFFIX + "(\\.[^:]*)?:(?<port>\\d+)");

        static Optional<KafkaAddress> of(String server) {
            Matcher matcher = STRIMZI_BOOTSTRAP.matcher(server.trim());
            return matcher.matches()
                    ? Optional.of(new KafkaAddress(matcher.group("cluster"), Integer.parseInt(matcher.group("port"))))
                    : Optional.empty();
        }
    }

    private Optional<String> valueOf(Deployment deployment, EnvVar variable) {
        if (variable.getValue() != null) {
            return Optional.of(variable.getValue());
        }
        if (variable.getValueFrom() == null || variable.getValueFrom().getConfigMapKeyRef() == null) {
            return Optional.empty();
        }
        var reference = variable.getValueFrom().getConfigMapKeyRef();
        return overlay.all(ConfigMap.class).stream()
                .filter(configMap -> ObjectKey.of(configMap).equals(ObjectKey.in(deployment, reference.getName())))
                .map(configMap -> configMap.getData() == null ? null : configMap.getData().get(reference.getKey()))
                .filter(Objects::nonNull)
                .findFirst();
    }

    private List<String> scalingAndDisruptionProblems() {
        List<Deployment> deployments = overlay.all(Deployment.class);
        Set<ObjectKey> deploymentKeys = deployments.stream().map(ObjectKey::of).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        Set<ObjectKey> autoscaled = new HashSet<>();
        for (HorizontalPodAutoscaler autoscaler : overlay.all(HorizontalPodAutoscaler.class)) {
            var target = autoscaler.getSpec().getScaleTargetRef();
            ObjectKey targetKey = ObjectKey.in(autoscaler, target.getName());
            if (!"Deployment".equals(target.getKind()) || !deploymentKeys.contains(targetKey)) {
                problems.add(describe(autoscaler) + " targets " + target.getKind() + " " + target.getName()
                        + ", which is not a Deployment of the overlay");
            }
            autoscaled.add(targetKey);
        }
        Set<ObjectKey> budgeted = new HashSet<>();
        for (PodDisruptionBudget budget : overlay.all(PodDisruptionBudget.class)) {
            List<ObjectKey> selected = deployments.stream()
                    .filter(deployment -> sameNamespace(deployment, budget))
                    .filter(deployment -> selects(budget.getSpec().getSelector(), podLabels(deployment)))
                    .map(ObjectKey::of)
                    .toList();
            if (selected.isEmpty()) {
                problems.add(describe(budget) + " selects the pods of no Deployment");
            }
            budgeted.addAll(selected);
        }
        for (Deployment deployment : deployments) {
            if (!autoscaled.contains(ObjectKey.of(deployment))) {
                problems.add(describe(deployment) + " has no HorizontalPodAutoscaler");
            }
            if (!budgeted.contains(ObjectKey.of(deployment))) {
                problems.add(describe(deployment) + " has no PodDisruptionBudget");
            }
        }
        return problems;
    }

    /**
     * Every Deployment's pods are confined both ways by default, and only the transfer API admits any
     * address: everything else is reached through the gateway, the monitoring or the other services.
     */
    private List<String> networkExposureProblems() {
        List<String> problems = new ArrayList<>();
        List<NetworkPolicy> policies = overlay.all(NetworkPolicy.class);
        for (Deployment deployment : overlay.all(Deployment.class)) {
            List<NetworkPolicy> applying = policies.stream()
                    .filter(policy -> sameNamespace(policy, deployment) && selects(policy.getSpec().getPodSelector(), podLabels(deployment)))
                    .toList();
            if (applying.stream().noneMatch(policy -> listOrEmpty(policy.getSpec().getPolicyTypes()).containsAll(List.of("Ingress", "Egress")))) {
                problems.add(describe(deployment) + ": no NetworkPolicy restricts both the ingress and the egress of its pods");
            }
            boolean openToPartners = deployment.getMetadata().getName().equals(OPEN_TO_PARTNERS);
            for (NetworkPolicy policy : applying) {
                for (NetworkPolicyIngressRule rule : listOrEmpty(policy.getSpec().getIngress())) {
                    if (admitsAnyAddress(rule) && !(openToPartners && onlyTheApiPort(rule))) {
                        problems.add(describe(policy) + ": opens " + describe(deployment)
                                + " to any address, which only the API port of " + OPEN_TO_PARTNERS + " may be");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean admitsAnyAddress(NetworkPolicyIngressRule rule) {
        return listOrEmpty(rule.getFrom()).isEmpty() || rule.getFrom().stream().anyMatch(peer -> peer.getIpBlock() != null);
    }

    private static boolean onlyTheApiPort(NetworkPolicyIngressRule rule) {
        List<NetworkPolicyPort> ports = listOrEmpty(rule.getPorts());
        return !ports.isEmpty() && ports.stream().allMatch(port -> port.getPort() != null && API_PORT.equals(port.getPort().getStrVal()));
    }

    private static boolean isService(Deployment deployment) {
        return "api".equals(podLabels(deployment).get("app.kubernetes.io/component"));
    }

    private static Map<String, String> podLabels(Deployment deployment) {
        return Objects.requireNonNullElse(deployment.getSpec().getTemplate().getMetadata().getLabels(), Map.of());
    }

    /** A Service's selector: an empty one selects no pod of a Deployment (its Endpoints are managed by hand). */
    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> matchLabels = Objects.requireNonNullElse(selector.getMatchLabels(), Map.of());
        return labels.entrySet().containsAll(matchLabels.entrySet())
                && listOrEmpty(selector.getMatchExpressions()).stream().allMatch(requirement -> satisfies(requirement, labels));
    }

    private static boolean satisfies(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }

    private static List<Container> allContainers(PodSpec pod) {
        return Stream.concat(listOrEmpty(pod.getInitContainers()).stream(), pod.getContainers().stream()).toList();
    }

    private static Map<String, String> labelsOf(HasMetadata object) {
        return Objects.requireNonNullElse(object.getMetadata().getLabels(), Map.of());
    }

    private static boolean sameNamespace(HasMetadata one, HasMetadata other) {
        return namespaceOf(one).equals(namespaceOf(other));
    }

    private static String namespaceOf(HasMetadata object) {
        return Objects.requireNonNullElse(object.getMetadata().getNamespace(), "");
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The Secrets and ConfigMaps a pod cannot start without (optional references aside). */
    private record PodReferences(Set<String> secrets, Set<String> configMaps) {

        static PodReferences of(PodSpec pod) {
            PodReferences references = new PodReferences(new TreeSet<>(), new TreeSet<>());
            for (Container container : allContainers(pod)) {
                for (EnvVar variable : listOrEmpty(container.getEnv())) {
                    EnvVarSource source = variable.getValueFrom();
                    if (source != null && source.getSecretKeyRef() != null && !isTrue(source.getSecretKeyRef().getOptional())) {
                        references.secrets().add(source.getSecretKeyRef().getName());
                    }
                    if (source != null && source.getConfigMapKeyRef() != null && !isTrue(source.getConfigMapKeyRef().getOptional())) {
                        references.configMaps().add(source.getConfigMapKeyRef().getName());
                    }
                }
                for (EnvFromSource source : listOrEmpty(container.getEnvFrom())) {
                    if (source.getSecretRef() != null && !isTrue(source.getSecretRef().getOptional())) {
                        references.secrets().add(source.getSecretRef().getName());
                    }
                    if (source.getConfigMapRef() != null && !isTrue(source.getConfigMapRef().getOptional())) {
                        references.configMaps().add(source.getConfigMapRef().getName());
                    }
                }
            }
            for (Volume volume : listOrEmpty(pod.getVolumes())) {
                if (volume.getSecret() != null && !isTrue(volume.getSecret().getOptional())) {
                    references.secrets().add(volume.getSecret().getSecretName());
                }
                if (volume.getConfigMap() != null && !isTrue(volume.getConfigMap().getOptional())) {
                    references.configMaps().add(volume.getConfigMap().getName());
                }
            }
            return references;
        }

        private static boolean isTrue(Boolean optional) {
            return Boolean.TRUE.equals(optional);
        }
    }

    /** A namespaced object's identity: what a reference by name from the same namespace designates. */
    private record ObjectKey(String namespace, String name) {

        static ObjectKey of(HasMetadata object) {
            return of(object.getMetadata());
        }

        static ObjectKey of(ObjectMeta metadata) {
            return new ObjectKey(Objects.requireNonNullElse(metadata.getNamespace(), ""), metadata.getName());
        }

        static ObjectKey in(HasMetadata referrer, String name) {
            return of(referrer).sibling(name);
        }

        ObjectKey sibling(String otherName) {
            return new ObjectKey(namespace, otherName);
        }

        @Override
        public String toString() {
            return namespace.isEmpty() ? name + " (no namespace)" : name + " (namespace " + namespace + ")";
        }
    }
}
