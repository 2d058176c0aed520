package be.cpas.piis.deploy.crd;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Map;

/**
 * A CloudNativePG {@code Cluster} ({@code postgresql.cnpg.io/v1}). It follows the operator's CRD for the fields
 * the project uses; a field it does not list fails the proof, to be added here once checked against the CRD.
 */
public record CloudNativePgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) implements NamespacedCustomResource {

    public static final String API_VERSION = "postgresql.cnpg.io/v1";
    public static final String KIND = "Cluster";

    public record Spec(
            Integer instances,
            String imageName,
            String primaryUpdateStrategy,
            Boolean enableSuperuserAccess,
            Storage storage,
            Bootstrap bootstrap,
            PostgresConfiguration postgresql,
            ResourceRequirements resources) {
    }

    public record Storage(String size, String storageClass) {
    }

    public record Bootstrap(InitDb initdb) {
    }

    public record InitDb(String database, String owner) {
    }

    public record PostgresConfiguration(Map<String, String> parameters) {
    }
}
