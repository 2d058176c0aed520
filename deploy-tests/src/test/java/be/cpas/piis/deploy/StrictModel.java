package be.cpas.piis.deploy;

import be.cpas.piis.deploy.crd.Certificate;
import be.cpas.piis.deploy.crd.CloudNativePgCluster;
import be.cpas.piis.deploy.crd.ExternalSecret;
import be.cpas.piis.deploy.crd.ServiceMonitor;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a rendered manifest into the typed model of its apiVersion and kind, as strictly as the API server would.
 *
 * <p>The fabric8 and Strimzi models keep the fields they do not know in {@code additionalProperties} instead of
 * rejecting them, so a misspelled field would pass unnoticed: each model is written back without those leftovers
 * and every field of the manifest that did not come back is reported, with its path.
 */
final class StrictModel {

    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // The API server rejects a string where a number or a boolean is due, and the other way round.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, textual -> textual
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private static final JsonMapper KNOWN_FIELDS_WRITER = JsonMapper.builder()
            .annotationIntrospector(new KnownFieldsOnly())
            .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(
                    JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private static final List<String> STRIMZI_VERSIONS = List.of("v1", "v1beta2");
    private static final Map<ApiKind, Class<?>> MODELS = models();

    private StrictModel() {
    }

    /** The manifest as its typed model, or the reasons it is not a valid object. */
    static Reading read(JsonNode manifest) {
        ApiKind apiKind = new ApiKind(manifest.path("apiVersion").asString(""), manifest.path("kind").asString(""));
        String described = apiKind.kind() + " " + manifest.path("metadata").path("name").asString("<unnamed>");
        Class<?> model = MODELS.get(apiKind);
        if (model == null) {
            return Reading.unreadable(described + ": no model for apiVersion " + apiKind.apiVersion()
                    + " and kind " + apiKind.kind() + ", so its fields cannot be checked");
        }
        String notAField = " is not a field of " + apiKind.apiVersion() + " " + apiKind.kind();
        Object typed;
        try {
            typed = READER.treeToValue(manifest, model);
        } catch (UnrecognizedPropertyException e) {
            return Reading.unreadable(described + ": " + pathOf(e) + notAField);
        } catch (JacksonException e) {
            return Reading.unreadable(described + ": " + pathOf(e) + ": " + e.getOriginalMessage());
        }
        List<String> unknownFields = new ArrayList<>();
        collectUnknownFields(manifest, KNOWN_FIELDS_WRITER.valueToTree(typed), "", unknownFields);
        return new Reading(Optional.of(typed), unknownFields.stream()
                .map(path -> described + ": " + path + notAField)
                .toList());
    }

    record Reading(Optional<Object> model, List<String> problems) {

        static Reading unreadable(String problem) {
            return new Reading(Optional.empty(), List.of(problem));
        }
    }

    private record ApiKind(String apiVersion, String kind) {
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static void collectUnknownFields(JsonNode manifest, JsonNode known, String path, List<String> unknown) {
        if (manifest.isObject()) {
            manifest.properties().forEach(field -> {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode knownField = known.get(field.getKey());
                if (knownField == null) {
                    unknown.add(fieldPath);
                } else {
                    collectUnknownFields(field.getValue(), knownField, fieldPath, unknown);
                }
            });
        } else if (manifest.isArray() && known.isArray()) {
            for (int i = 0; i < manifest.size() && i < known.size(); i++) {
                collectUnknownFields(manifest.get(i), known.get(i), path + "[" + i + "]", unknown);
            }
        }
    }

    /** Writes every field a model knows, even empty, and none of the leftovers it kept aside. */
    private static final class KnownFieldsOnly extends JacksonAnnotationIntrospector {

        @Override
        public Boolean hasAnyGetter(MapperConfig<?> config, Annotated annotated) {
            return Boolean.FALSE;
        }

        @Override
        public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated annotated) {
            return JsonInclude.Value.empty();
        }
    }

    private static Map<ApiKind, Class<?>> models() {
        Map<ApiKind, Class<?>> models = new HashMap<>();
        ServiceLoader.load(KubernetesResource.class).stream()
                .map(ServiceLoader.Provider::type)
                .filter(HasMetadata.class::isAssignableFrom)
                .forEach(type -> models.put(
                        new ApiKind(HasMetadata.getApiVersion(type), HasMetadata.getKind(type)), type));
        // Strimzi's model is that of kafka.strimzi.io/v1, which its CRDs serve beside v1beta2.
        for (Class<? extends HasMetadata> strimzi : List.of(Kafka.class, KafkaNodePool.class, KafkaTopic.class, KafkaUser.class)) {
            for (String version : STRIMZI_VERSIONS) {
                models.put(new ApiKind(HasMetadata.getGroup(strimzi) + "/" + version, HasMetadata.getKind(strimzi)), strimzi);
            }
        }
        models.put(new ApiKind(CloudNativePgCluster.API_VERSION, CloudNativePgCluster.KIND), CloudNativePgCluster.class);
        models.put(new ApiKind(ExternalSecret.API_VERSION, ExternalSecret.KIND), ExternalSecret.class);
        models.put(new ApiKind(Certificate.API_VERSION, Certificate.KIND), Certificate.class);
        models.put(new ApiKind(ServiceMonitor.API_VERSION, ServiceMonitor.KIND), ServiceMonitor.class);
        return Map.copyOf(models);
    }
}
