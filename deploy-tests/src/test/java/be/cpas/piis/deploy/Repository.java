package be.cpas.piis.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and its Kubernetes manifests are, seen from this module's directory. */
final class Repository {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path KUBERNETES = ROOT.resolve("deploy/k8s");

    private Repository() {
    }

    static Path overlay(String name) {
        Path overlay = KUBERNETES.resolve("overlays").resolve(name);
        if (!Files.isRegularFile(overlay.resolve("kustomization.yaml"))) {
            throw new AssertionError("No kustomization.yaml in " + overlay);
        }
        return overlay;
    }
}
