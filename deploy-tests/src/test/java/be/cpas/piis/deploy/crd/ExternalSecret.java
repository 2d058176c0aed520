package be.cpas.piis.deploy.crd;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * An External Secrets Operator {@code ExternalSecret} ({@code external-secrets.io/v1}). It follows the
 * operator's CRD for the fields the project uses; a field it does not list fails the proof, to be added here
 * once checked against the CRD.
 */
public record ExternalSecret(String apiVersion, String kind, ObjectMeta metadata, Spec spec) implements NamespacedCustomResource {

    public static final String API_VERSION = "external-secrets.io/v1";
    public static final String KIND = "ExternalSecret";

    public record Spec(String refreshInterval, SecretStoreRef secretStoreRef, Target target, List<Data> data) {
    }

    public record SecretStoreRef(String kind, String name) {
    }

    /** The Secret the operator writes: named after the ExternalSecret when no name is given. */
    public record Target(String name, String creationPolicy) {
    }

    public record Data(String secretKey, RemoteRef remoteRef) {
    }

    public record RemoteRef(String key, String property, String version) {
    }
}
