package be.cpas.piis.deploy.crd;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;

/** An operator's resource that lives in a namespace, read by a record of this package. */
public interface NamespacedCustomResource extends Namespaced {

    String kind();

    ObjectMeta metadata();
}
