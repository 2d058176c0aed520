package be.cpas.piis.deploy.crd;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A Prometheus Operator {@code ServiceMonitor} ({@code monitoring.coreos.com/v1}). It follows the operator's
 * CRD for the fields the project uses; a field it does not list fails the proof, to be added here once checked
 * against the CRD.
 */
public record ServiceMonitor(String apiVersion, String kind, ObjectMeta metadata, Spec spec) implements NamespacedCustomResource {

    public static final String API_VERSION = "monitoring.coreos.com/v1";
    public static final String KIND = "ServiceMonitor";

    public record Spec(LabelSelector selector, List<Endpoint> endpoints) {
    }

    /** port: the name of a port of the selected Services. */
    public record Endpoint(String port, String path, String interval) {
    }
}
