package be.cpas.piis.platform.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What changed between two JSON documents, as a list of JSON Pointer paths with the values before and after. */
public final class JsonDiff {

    /** One change: {@code before} is absent for an addition, {@code after} for a removal. */
    public record Change(String path, JsonNode before, JsonNode after) {
    }

    private JsonDiff() {
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (before == null || after == null || before.isNull() || after.isNull() || before.getNodeType() != after.getNodeType()
                || before.isValueNode()) {
            if (!nullSafeEquals(before, after)) {
                changes.add(new Change(path.isEmpty() ? "/" : path, absentIfNull(before), absentIfNull(after)));
            }
            return;
        }
        if (before.isArray()) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                compare(path + "/" + i, before.get(i), after.get(i), changes);
            }
            return;
        }
        Set<String> names = new TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            compare(path + "/" + name.replace("~", "~0").replace("/", "~1"), before.get(name), after.get(name), changes);
        }
    }

    private static boolean nullSafeEquals(JsonNode a, JsonNode b) {
        return absentIfNull(a) == null ? absentIfNull(b) == null : a.equals(b);
    }

    private static JsonNode absentIfNull(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }
}
