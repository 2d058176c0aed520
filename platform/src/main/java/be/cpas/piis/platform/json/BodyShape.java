package be.cpas.piis.platform.json;

import be.cpas.piis.platform.api.QueryValues;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.text.CarriedText;
import be.cpas.piis.platform.time.SupportedDates;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a JSON value against the Java type it is to become, and reports every fault at once with
 * the path of the property: a wrong JSON type (no coercion: {@code 1} is not a text, {@code "1"}
 * not a number), an unknown property, a malformed or unsupported date, a text the platform cannot
 * carry or one too long. What it returns is the value without its faulty parts, so that the
 * constraints of what remains can be checked too and reported with them.
 */
final class BodyShape {

    /** No text property of any operation holds more; its own {@code @Size} is often smaller. */
    static final int MAX_TEXT_LENGTH = 20_000;
    /** No list of any operation holds more; its own {@code @Size} is often smaller. */
    static final int MAX_ITEMS = 1_000;

    private static final int ECHOED_TEXT_LENGTH = 100;

    private final ObjectMapper mapper;
    private final List<InputIssue> issues;

    private BodyShape(ObjectMapper mapper, List<InputIssue> issues) {
        this.mapper = mapper;
        this.issues = issues;
    }

    /** {@code value} without its faulty parts (null when it is faulty as a whole); the faults go to {@code issues}. */
    static JsonNode check(ObjectMapper mapper, JavaType type, JsonNode value, List<InputIssue> issues) {
        return new BodyShape(mapper, issues).valueOf(type, value, "");
    }

    private JsonNode valueOf(JavaType type, JsonNode value, String path) {
        if (value.isNull()) {
            return type.isPrimitive() ? fault(path, value, "must not be null") : value;
        }
        Class<?> raw = type.getRawClass();
        if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
            return anyValue(value, path);
        }
        if (raw == String.class) {
            return text(value, path);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return value.isBoolean() ? value : fault(path, value, "must be true or false");
        }
        if (raw == Integer.class || raw == int.class || raw == Short.class || raw == short.class) {
            return value.isIntegralNumber() && value.canConvertToInt() ? value : fault(path, value, "must be a whole number");
        }
        if (raw == Long.class || raw == long.class) {
            return value.isIntegralNumber() && value.canConvertToLong() ? value : fault(path, value, "must be a whole number");
        }
        if (raw == BigDecimal.class || Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            return value.isNumber() ? value : fault(path, value, "must be a number");
        }
        if (raw == UUID.class) {
            return value.isTextual() && QueryValues.isUuid(value.textValue())
                    ? value : fault(path, value, "must be a UUID");
        }
        if (raw == LocalDate.class) {
            return date(value, path);
        }
        if (raw.isEnum()) {
            // Exactly a code: Jackson would trim "fr\u0000" into "fr".
            return value.isTextual() && codesOf(raw).contains(value.textValue()) ? value
                    : fault(path, value, "must be one of " + String.join(", ", codesOf(raw)));
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            return items(type.getContentType(), value, path);
        }
        if (type.isMapLikeType()) {
            return entries(type.getContentType(), value, path);
        }
        if (raw.isRecord()) {
            return record(type, value, path);
        }
        return scalar(type, value, path);
    }

    private JsonNode text(JsonNode value, String path) {
        if (!value.isTextual()) {
            return fault(path, value, "must be a text");
        }
        String text = value.textValue();
        if (text.length() > MAX_TEXT_LENGTH) {
            return fault(path, null, "is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (!CarriedText.isCarried(text)) {
            issues.add(InputIssue.invalidInput("body", path, null, CarriedText.REFUSAL));
            return null;
        }
        return value;
    }

    private JsonNode date(JsonNode value, String path) {
        if (!value.isTextual()) {
            return fault(path, value, "must be a date (YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.textValue());
        } catch (DateTimeParseException e) {
            return fault(path, value, "must be a date (YYYY-MM-DD)");
        }
        if (!SupportedDates.contains(date)) {
            issues.add(InputIssue.invalidInput("body", path, value.textValue(), SupportedDates.REFUSAL));
            return null;
        }
        return value;
    }

    /** Times, date-times, URIs and the like: a text that Jackson reads as the type, within the supported days. */
    private JsonNode scalar(JavaType type, JsonNode value, String path) {
        String name = type.getRawClass().getSimpleName();
        // Jackson trims such texts and reads an empty one as null: only the value itself is taken.
        if (!value.isTextual() || value.textValue().isEmpty()
                || !value.textValue().equals(value.textValue().trim()) || !value.textValue().equals(value.textValue().strip())) {
            return fault(path, value, "must be a text in the format of " + name);
        }
        Object converted;
        try {
            converted = mapper.treeToValue(value, type);
        } catch (Exception unreadable) {
            return fault(path, value, "is not a valid " + name);
        }
        if (converted == null) {
            return fault(path, value, "is not a valid " + name);
        }
        LocalDate day = converted instanceof OffsetDateTime moment ? moment.toLocalDate()
                : converted instanceof Instant instant ? LocalDate.ofInstant(instant, ZoneOffset.UTC) : null;
        if (day != null && !SupportedDates.contains(day)) {
            issues.add(InputIssue.invalidInput("body", path, value.textValue(), SupportedDates.REFUSAL));
            return null;
        }
        return value;
    }

    private JsonNode items(JavaType itemType, JsonNode value, String path) {
        if (!value.isArray()) {
            return fault(path, value, "must be an array");
        }
        if (value.size() > MAX_ITEMS) {
            return fault(path, null, "holds more than " + MAX_ITEMS + " items");
        }
        ArrayNode kept = mapper.getNodeFactory().arrayNode(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = valueOf(itemType, value.get(i), path + "[" + i + "]");
            // A faulty item stays as null so that the later items keep their index in what is reported.
            kept.add(item == null ? NullNode.getInstance() : item);
        }
        return kept;
    }

    private JsonNode entries(JavaType valueType, JsonNode value, String path) {
        if (!value.isObject()) {
            return fault(path, value, "must be an object");
        }
        ObjectNode kept = mapper.getNodeFactory().objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode entry = valueOf(valueType, field.getValue(), child(path, field.getKey()));
            if (entry != null) {
                kept.set(field.getKey(), entry);
            }
        }
        return kept;
    }

    private JsonNode record(JavaType type, JsonNode value, String path) {
        if (!value.isObject()) {
            return fault(path, value, "must be an object");
        }
        Map<String, JavaType> properties = propertiesOf(type);
        ObjectNode kept = mapper.getNodeFactory().objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = child(path, field.getKey());
            JavaType propertyType = properties.get(field.getKey());
            if (propertyType == null) {
                issues.add(InputIssue.unknown("body", name));
                continue;
            }
            JsonNode property = valueOf(propertyType, field.getValue(), name);
            if (property != null) {
                kept.set(field.getKey(), property);
            }
        }
        return kept;
    }

    /** Any JSON, such as a kept document: only its texts are checked. */
    private JsonNode anyValue(JsonNode value, String path) {
        if (value.isTextual()) {
            return CarriedText.isCarried(value.textValue()) ? value : uncarried(path);
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (anyValue(value.get(i), path + "[" + i + "]") == null) {
                    return null;
                }
            }
        }
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!CarriedText.isCarried(field.getKey())) {
                    return uncarried(path);
                }
                if (anyValue(field.getValue(), child(path, field.getKey())) == null) {
                    return null;
                }
            }
        }
        return value;
    }

    private JsonNode uncarried(String path) {
        issues.add(InputIssue.invalidInput("body", path, null, CarriedText.REFUSAL));
        return null;
    }

    private Map<String, JavaType> propertiesOf(JavaType type) {
        TypeFactory types = mapper.getTypeFactory();
        Map<String, JavaType> properties = new LinkedHashMap<>();
        for (RecordComponent component : type.getRawClass().getRecordComponents()) {
            properties.put(component.getName(), types.resolveMemberType(component.getGenericType(), type.getBindings()));
        }
        return properties;
    }

    private static List<String> codesOf(Class<?> enumType) {
        List<String> codes = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            codes.add(Codes.of((Enum<?>) constant));
        }
        return codes;
    }

    private JsonNode fault(String path, JsonNode value, String detail) {
        issues.add(InputIssue.invalid("body", path, echoed(path, value), detail));
        return null;
    }

    /** The value as received when it is short and not a national number (X3), which never goes back into a message. */
    private static Object echoed(String path, JsonNode value) {
        if (value == null || path.toLowerCase().contains("ssin")) {
            return null;
        }
        if (value.isTextual()) {
            String text = value.textValue();
            return text.length() <= ECHOED_TEXT_LENGTH && CarriedText.isCarried(text) ? text : null;
        }
        if (value.isNumber() && value.asText().length() <= ECHOED_TEXT_LENGTH) {
            return value.numberValue();
        }
        return value.isBoolean() ? value.booleanValue() : null;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
