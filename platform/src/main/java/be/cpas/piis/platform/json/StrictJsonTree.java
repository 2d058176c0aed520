package be.cpas.piis.platform.json;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.text.StrictUtf8;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a request body as one JSON value, strictly ([req-valid]): a property given twice and
 * anything after the value are reported as issues, where a lenient reader would keep the last
 * value or stop reading. A body nests at most {@value #MAX_DEPTH} levels: no operation takes
 * deeper, and a deeper one would only cost the server.
 */
final class StrictJsonTree {

    static final int MAX_DEPTH = 32;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonParser parser;
    private final List<InputIssue> issues;

    private StrictJsonTree(JsonParser parser, List<InputIssue> issues) {
        this.parser = parser;
        this.issues = issues;
    }

    /**
     * The value of {@code body}, or null when the body is empty; structural faults go to {@code issues}.
     * The body is UTF-8 exactly: a byte sequence that is not (an overlong form, a lone continuation
     * byte) is refused, where a lenient decoder would replace or reinterpret it.
     */
    static JsonNode read(JsonFactory factory, byte[] body, List<InputIssue> issues) throws IOException {
        Optional<String> text = StrictUtf8.decode(body);
        if (text.isEmpty()) {
            issues.add(InputIssue.invalid("body", "", null, "is not UTF-8"));
            return null;
        }
        try (JsonParser parser = factory.createParser(text.get())) {
            if (parser.nextToken() == null) {
                return null;
            }
            StrictJsonTree tree = new StrictJsonTree(parser, issues);
            JsonNode value = tree.value("", 1);
            if (parser.nextToken() != null) {
                issues.add(InputIssue.invalid("body", "", null, "content follows the JSON value: a body holds exactly one"));
            }
            return value;
        }
    }

    private JsonNode value(String path, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
            throw new TooDeep(path);
        }
        return switch (token) {
            case START_OBJECT -> object(path, depth);
            case START_ARRAY -> array(path, depth);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer();
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("Unexpected JSON token " + token);
        };
    }

    private JsonNode integer() throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    private ObjectNode object(String path, int depth) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = path.isEmpty() ? name : path + "." + name;
            parser.nextToken();
            JsonNode value = value(child, depth + 1);
            if (object.has(name)) {
                issues.add(InputIssue.invalid("body", child, null, "is given more than once"));
            } else {
                object.set(name, value);
            }
        }
        return object;
    }

    private ArrayNode array(String path, int depth) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(path + "[" + array.size() + "]", depth + 1));
        }
        return array;
    }

    /** Raised, not collected: what lies below the limit is not worth reading. */
    static final class TooDeep extends RuntimeException {

        TooDeep(String path) {
            super("nests deeper than " + MAX_DEPTH + " levels at '" + path + "'", null, false, false);
        }
    }
}
