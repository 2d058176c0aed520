package be.cpas.piis.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A copy of the Kubernetes manifests in which one overlay can be given patches, to break one thing at a time. */
final class OverlayCopy {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final Path overlay;

    private OverlayCopy(Path overlay) {
        this.overlay = overlay;
    }

    static OverlayCopy of(String overlayName, Path directory) {
        Path copy = directory.resolve("k8s");
        try (Stream<Path> files = Files.walk(Repository.KUBERNETES)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(Repository.KUBERNETES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OverlayCopy(copy.resolve("overlays").resolve(overlayName));
    }

    Path directory() {
        return overlay;
    }

    /** Adds an object of its own to the overlay, in a file of that name. */
    void addResource(String fileName, String yaml) {
        try {
            Files.writeString(overlay.resolve(fileName), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        editKustomization(content -> listIn(content, "resources").add(fileName));
    }

    /** Adds to the overlay a patch (JSON 6902 or strategic merge, in YAML) of the object of that kind and name. */
    void patch(String kind, String name, String patch) {
        editKustomization(content -> {
            ObjectNode added = listIn(content, "patches").addObject();
            added.putObject("target").put("kind", kind).put("name", name);
            added.put("patch", patch);
        });
    }

    private void editKustomization(Consumer<ObjectNode> edit) {
        Path kustomization = overlay.resolve("kustomization.yaml");
        ObjectNode content = (ObjectNode) YAML.readTree(kustomization);
        edit.accept(content);
        YAML.writeValue(kustomization, content);
    }

    private static ArrayNode listIn(ObjectNode content, String field) {
        return content.has(field) ? (ArrayNode) content.get(field) : content.putArray(field);
    }
}
