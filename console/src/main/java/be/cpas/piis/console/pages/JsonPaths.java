package be.cpas.piis.console.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form whose fields are named as the places of an API's JSON body ({@code addresses.fr.street},
 * {@code meetingPlaces[1].names.nl}), so that the API's issues name the field they are about: the
 * body built from what was typed, and the values a form shows from what the API answered.
 */
final class JsonPaths {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,3})])?");

    private JsonPaths() {
    }

    /**
     * The body of the fields typed: a blank field is left out, an object left with nothing is left
     * out, and a list keeps its rows in order without those left empty. A name that is not such a
     * place is ignored.
     */
    static Map<String, Object> body(Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        typed.forEach((path, value) -> {
            if (value != null && !value.isBlank() && isPath(path)) {
                put(body, path.split("\\."), 0, value.strip());
            }
        });
        return compacted(body);
    }

    /** The values of a JSON document by the places a form names them with. */
    static Map<String, String> values(JsonNode document) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", document, values);
        return values;
    }

    private static boolean isPath(String path) {
        for (String segment : path.split("\\.", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> object, String[] segments, int at, String value) {
        Matcher segment = SEGMENT.matcher(segments[at]);
        segment.matches();
        String key = segment.group(1);
        boolean last = at == segments.length - 1;
        if (segment.group(2) == null) {
            if (last) {
                object.put(key, value);
            } else {
                put((Map<String, Object>) object.computeIfAbsent(key, absent -> new LinkedHashMap<String, Object>()), segments, at + 1, value);
            }
            return;
        }
        List<Object> rows = (List<Object>) object.computeIfAbsent(key, absent -> new ArrayList<>());
        int index = Integer.parseInt(segment.group(2));
        while (rows.size() <= index) {
            rows.add(new LinkedHashMap<String, Object>());
        }
        if (last) {
            rows.set(index, value);
        } else {
            put((Map<String, Object>) rows.get(index), segments, at + 1, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compacted(Map<String, Object> object) {
        Map<String, Object> kept = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            Object compact = value instanceof Map<?, ?> inner ? compacted((Map<String, Object>) inner)
                    : value instanceof List<?> rows ? rows.stream()
                            .map(row -> row instanceof Map<?, ?> inner ? compacted((Map<String, Object>) inner) : row)
                            .filter(row -> !(row instanceof Map<?, ?> inner && inner.isEmpty()))
                            .toList()
                    : value;
            if (!(compact instanceof Map<?, ?> empty && empty.isEmpty()) && !(compact instanceof List<?> none && none.isEmpty())) {
                kept.put(key, compact);
            }
        });
        return kept;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), values);
            }
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                flatten(prefix + "[" + index + "]", node.get(index), values);
            }
        } else if (!node.isNull()) {
            values.put(prefix, node.asText());
        }
    }
}
