package be.cpas.piis.deploy;

import be.cpas.piis.deploy.crd.NamespacedCustomResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** What {@code kubectl kustomize} makes of a kustomization directory, read into typed models. */
final class RenderedOverlay {

    private static final long RENDER_TIMEOUT_SECONDS = 60;
    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<Object> models;
    private final List<String> modelProblems;

    private RenderedOverlay(List<Object> models, List<String> modelProblems) {
        this.models = models;
        this.modelProblems = modelProblems;
    }

    static RenderedOverlay render(Path kustomizationDirectory) {
        List<Object> models = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode manifest : YAML.readerFor(JsonNode.class).<JsonNode>readValues(kustomize(kustomizationDirectory)).readAll()) {
            if (manifest.isObject()) {
                StrictModel.Reading reading = StrictModel.read(manifest);
                reading.model().ifPresent(models::add);
                problems.addAll(reading.problems());
            }
        }
        return new RenderedOverlay(List.copyOf(models), List.copyOf(problems));
    }

    <T> List<T> all(Class<T> type) {
        return models.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Objects of unknown kinds, objects that do not read, and fields their kind does not have. */
    List<String> modelProblems() {
        return modelProblems;
    }

    /** A model's kind and name, as problems name it. */
    static String describe(Object model) {
        String kind = model instanceof HasMetadata resource ? resource.getKind() : ((NamespacedCustomResource) model).kind();
        return kind + " " + metadataOf(model).getName();
    }

    static ObjectMeta metadataOf(Object model) {
        return model instanceof HasMetadata resource ? resource.getMetadata() : ((NamespacedCustomResource) model).metadata();
    }

    private static String kustomize(Path kustomizationDirectory) {
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process kubectl = start(kustomizationDirectory, output, errors);
                if (!kubectl.waitFor(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    kubectl.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + kustomizationDirectory
                            + " did not finish within " + RENDER_TIMEOUT_SECONDS + " seconds");
                }
                if (kubectl.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + kustomizationDirectory + " failed:\n"
                            + Files.readString(errors));
                }
                return Files.readString(output);
            } finally {
                Files.delete(output);
                Files.delete(errors);
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot render " + kustomizationDirectory + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while rendering " + kustomizationDirectory, e);
        }
    }

    private static Process start(Path kustomizationDirectory, Path output, Path errors) {
        try {
            return new ProcessBuilder("kubectl", "kustomize", kustomizationDirectory.toString())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile())
                    .start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render the manifests and cannot be run (" + e.getMessage()
                    + "): install Debian's kubernetes-client package (apt-get install kubernetes-client);"
                    + " the overlays need the kustomize v5 built into kubectl 1.27 or newer", e);
        }
    }
}
