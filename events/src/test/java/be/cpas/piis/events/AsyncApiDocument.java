package be.cpas.piis.events;

import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The AsyncAPI 3.0 document of the events (docs/asyncapi.yaml), written from the event catalogue
 * ({@link EventType}) and the payload records themselves, so that the document cannot say other than
 * what the services publish: each topic as a channel, each event as a message with its CloudEvents
 * headers (binary mode), its Kafka key and the JSON schema of its record.
 */
final class AsyncApiDocument {

    private static final Map<String, String> OWNERS = Map.of(
            Topics.CONTRACTS, "contracts-service", Topics.EVALUATIONS, "evaluation-service",
            Topics.SANCTIONS, "sanctions-service", Topics.TRANSFERS, "transfer-service");

    private final StringBuilder yaml = new StringBuilder();
    private final Map<String, Class<?>> schemas = new TreeMap<>();

    private AsyncApiDocument() {
    }

    static String write() {
        return new AsyncApiDocument().document();
    }

    private String document() {
        line(0, "# Written from the event catalogue of the events module (EventType and its records) by AsyncApiDocumentTest:");
        line(0, "# do not edit; run `mvn -B -pl events test -Dpiis.asyncapi.write=true` after changing an event.");
        line(0, "asyncapi: 3.0.0");
        line(0, "info:");
        line(1, "title: PIIS platform events");
        line(1, "version: 1.0.0");
        line(1, "description: >-");
        line(2, "The facts the services of the PIIS platform publish for each other (X7): CloudEvents 1.0 records in Kafka's");
        line(2, "binary mode (the attributes as ce_* headers, the JSON payload as the value), keyed by their subject, one");
        line(2, "topic per owning service. Payloads carry identifiers and the facts a consumer needs, never names,");
        line(2, "addresses or a NISS (X10). Consumers deduplicate on ce_id; docs/events.md says what each event means.");
        line(1, "license:");
        line(2, "name: EUPL-1.2");
        line(2, "url: https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12");
        line(0, "defaultContentType: application/json");
        line(0, "servers:");
        line(1, "production:");
        line(2, "host: piis-kafka-kafka-bootstrap:9093");
        line(2, "protocol: kafka-secure");
        line(2, "description: The deployment's Kafka cluster (KAFKA_BOOTSTRAP_SERVERS), over TLS with SCRAM-SHA-512 users;"
                + " local runs listen in plain text on 9092.");
        line(2, "security:");
        line(3, "- $ref: '#/components/securitySchemes/scram'");
        line(0, "channels:");
        for (String topic : Topics.ALL) {
            line(1, channelOf(topic) + ":");
            line(2, "address: " + topic);
            line(2, "description: The events " + OWNERS.get(topic) + " publishes.");
            line(2, "messages:");
            for (EventType type : typesOf(topic)) {
                line(3, name(type) + ":");
                line(4, "$ref: '#/components/messages/" + name(type) + "'");
            }
        }
        line(0, "operations:");
        for (String topic : Topics.ALL) {
            line(1, "receive" + capitalized(channelOf(topic)) + ":");
            line(2, "action: receive");
            line(2, "summary: What a consumer of " + topic + " receives from " + OWNERS.get(topic) + ".");
            line(2, "channel:");
            line(3, "$ref: '#/channels/" + channelOf(topic) + "'");
            line(2, "security:");
            line(3, "- $ref: '#/components/securitySchemes/scram'");
            line(2, "messages:");
            for (EventType type : typesOf(topic)) {
                line(3, "- $ref: '#/channels/" + channelOf(topic) + "/messages/" + name(type) + "'");
            }
        }
        line(0, "components:");
        line(1, "securitySchemes:");
        line(2, "scram:");
        line(3, "type: scramSha512");
        line(3, "description: A Kafka user of the cluster, with read access to the topics its service consumes.");
        line(1, "messages:");
        for (EventType type : EventType.values()) {
            line(2, name(type) + ":");
            line(3, "name: " + name(type));
            line(3, "title: " + name(type));
            line(3, "summary: 'CloudEvents type " + type.type() + "'");
            line(3, "contentType: application/json");
            line(3, "headers:");
            line(4, "allOf:");
            line(5, "- $ref: '#/components/schemas/CloudEventHeaders'");
            line(5, "- type: object");
            line(6, "properties:");
            line(7, "ce_type:");
            line(8, "const: " + type.type());
            line(3, "payload:");
            line(4, "$ref: '#/components/schemas/" + name(type) + "'");
            line(3, "bindings:");
            line(4, "kafka:");
            line(5, "key:");
            line(6, "type: string");
            line(6, "format: uuid");
            line(6, "description: The subject (ce_subject) as a string.");
            schemas.put(name(type), type.payload());
        }
        line(1, "schemas:");
        cloudEventHeaders();
        Map<String, Class<?>> written = new LinkedHashMap<>();
        while (written.size() < schemas.size()) {
            for (Map.Entry<String, Class<?>> schema : Map.copyOf(schemas).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                if (written.putIfAbsent(schema.getKey(), schema.getValue()) == null) {
                    recordSchema(schema.getKey(), schema.getValue());
                }
            }
        }
        return yaml.toString();
    }

    private void cloudEventHeaders() {
        line(2, "CloudEventHeaders:");
        line(3, "type: object");
        line(3, "description: The CloudEvents attributes as Kafka record headers (binary mode).");
        line(3, "required: [ce_specversion, ce_id, ce_source, ce_type, ce_subject, ce_time, ce_service, content-type]");
        line(3, "properties:");
        header("ce_specversion", "const: '1.0'", "The CloudEvents version.");
        header("ce_id", "format: uuid", "Unique per event; a redelivered event keeps it: deduplicate on it.");
        header("ce_source", "pattern: '^urn:cpas:piis:[a-z-]+$'", "The service that published it, e.g. urn:cpas:piis:contracts-service.");
        header("ce_type", "pattern: '^be\\.cpas\\.piis\\.v1\\.[A-Za-z]+\\.notify\\.[A-Za-z]+$'", "What happened.");
        header("ce_subject", "format: uuid", "The contract; the beneficiary before any contract; the CPAS's settings.");
        header("ce_time", "format: date-time", "When the fact was recorded, UTC.");
        header("ce_service", "const: " + EventType.SERVICE, "The Belgif extension attribute naming the API.");
        header("content-type", "const: application/json", "The payload's media type.");
        header("traceparent", "pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$'",
                "W3C trace context of the publication, when tracing is on.");
    }

    private void header(String name, String constraint, String description) {
        line(4, name + ":");
        line(5, "type: string");
        line(5, constraint);
        line(5, "description: '" + description.replace("'", "''") + "'");
    }

    private void recordSchema(String name, Class<?> record) {
        line(2, name + ":");
        line(3, "type: object");
        List<String> required = Arrays.stream(record.getRecordComponents())
                .filter(component -> component.getType().isPrimitive())
                .map(RecordComponent::getName)
                .toList();
        if (!required.isEmpty()) {
            line(3, "required: [" + String.join(", ", required) + "]");
        }
        line(3, "properties:");
        for (RecordComponent component : record.getRecordComponents()) {
            line(4, component.getName() + ":");
            type(5, component.getGenericType());
        }
    }

    private void type(int depth, Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            line(depth, "type: array");
            line(depth, "items:");
            type(depth + 1, list.getActualTypeArguments()[0]);
            return;
        }
        Class<?> plain = (Class<?>) type;
        if (plain == UUID.class) {
            line(depth, "type: string");
            line(depth, "format: uuid");
        } else if (plain == LocalDate.class) {
            line(depth, "type: string");
            line(depth, "format: date");
        } else if (plain == Instant.class) {
            line(depth, "type: string");
            line(depth, "format: date-time");
        } else if (plain == String.class) {
            line(depth, "type: string");
        } else if (plain == int.class || plain == Integer.class || plain == long.class || plain == Long.class) {
            line(depth, "type: integer");
            line(depth, "format: " + (plain == long.class || plain == Long.class ? "int64" : "int32"));
        } else if (plain == BigDecimal.class) {
            line(depth, "type: number");
        } else if (plain == boolean.class || plain == Boolean.class) {
            line(depth, "type: boolean");
        } else if (plain.isRecord()) {
            String name = plain.getEnclosingClass() == null ? plain.getSimpleName()
                    : plain.getEnclosingClass().getSimpleName() + plain.getSimpleName();
            schemas.putIfAbsent(name, plain);
            line(depth, "$ref: '#/components/schemas/" + name + "'");
        } else {
            throw new IllegalStateException("No JSON schema for " + plain.getName() + ": teach AsyncApiDocument its type");
        }
    }

    private static List<EventType> typesOf(String topic) {
        return Arrays.stream(EventType.values()).filter(type -> type.topic().equals(topic)).collect(Collectors.toList());
    }

    private static String name(EventType type) {
        return type.payload().getSimpleName();
    }

    /** piis.contracts is the channel piisContracts. */
    private static String channelOf(String topic) {
        String[] words = topic.split("\\.");
        return words[0] + capitalized(words[1]);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private void line(int depth, String text) {
        yaml.append("  ".repeat(depth)).append(text).append('\n');
    }
}
