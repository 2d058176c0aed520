package be.cpas.piis.deploy.crd;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A cert-manager {@code Certificate} ({@code cert-manager.io/v1}). It follows the operator's CRD for the fields
 * the project uses; a field it does not list fails the proof, to be added here once checked against the CRD.
 */
public record Certificate(String apiVersion, String kind, ObjectMeta metadata, Spec spec) implements NamespacedCustomResource {

    public static final String API_VERSION = "cert-manager.io/v1";
    public static final String KIND = "Certificate";

    /** secretName: the Secret cert-manager keeps the certificate and its key in. */
    public record Spec(String secretName, List<String> dnsNames, IssuerRef issuerRef) {
    }

    public record IssuerRef(String group, String kind, String name) {
    }
}
