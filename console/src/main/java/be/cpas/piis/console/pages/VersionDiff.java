package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.ContractVersion;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * C10: the changes between two versions of a contract in words a social worker reads: where
 * ("Objectif 1 › Étape 2 › Échéance") rather than a JSON Pointer, and values with their words and
 * spelled dates. A place or a value the console has no words for shows as the API names it.
 */
public final class VersionDiff {

    /** A place in the contract: the key of its words (or its name as is), and its number in a list. */
    public record Place(String key, String name, Integer number) {
    }

    /** A piece of a value: the key of its words, a date to spell, or a text as is. */
    public record Part(String key, LocalDate date, String text) {
    }

    public record Row(List<Place> where, List<Part> before, List<Part> after) {
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, String> PLACE_WORDS = Map.ofEntries(
            Map.entry("goals", "diff_goal"), Map.entry("steps", "diff_step"), Map.entry("commitments", "diff_commitment"),
            Map.entry("partners", "diff_partner"), Map.entry("startDate", "start_date"), Map.entry("endDate", "end_date"),
            Map.entry("referentWorker", "referent"), Map.entry("replacementWorker", "replacement_worker"),
            Map.entry("personOfTrust", "person_of_trust"), Map.entry("kind", "goal_kind"), Map.entry("title", "diff_title_field"),
            Map.entry("description", "diff_description"), Map.entry("responsible", "step_responsible"),
            Map.entry("dueDate", "step_due_date"), Map.entry("status", "col_status"), Map.entry("party", "diff_party"),
            Map.entry("name", "diff_name"), Map.entry("expectations", "diff_expectations"));
    /** The values coded by the API that the console has words for, by the prefix of their keys. */
    private static final Map<String, String> CODED_VALUES = Map.of("responsible", "party_", "party", "party_", "status", "step_",
            "kind", "goal_");

    private VersionDiff() {
    }

    static List<Row> rows(List<ContractVersion.Change> changes) {
        return changes.stream().map(change -> {
            List<Place> where = where(change.path());
            String field = lastName(change.path());
            return new Row(where, parts(field, change.before()), parts(field, change.after()));
        }).toList();
    }

    private static List<Place> where(String path) {
        List<Place> places = new ArrayList<>();
        for (String segment : segments(path)) {
            if (segment.chars().allMatch(Character::isDigit) && !places.isEmpty()) {
                Place list = places.remove(places.size() - 1);
                places.add(new Place(list.key(), list.name(), Integer.parseInt(segment) + 1));
            } else {
                places.add(new Place(PLACE_WORDS.get(segment), segment, null));
            }
        }
        return places;
    }

    private static List<Part> parts(String field, JsonNode value) {
        List<Part> parts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return parts;
        }
        if (value.isObject()) {
            value.fields().forEachRemaining(entry -> {
                if (!entry.getKey().equals("id")) {
                    parts.addAll(parts(entry.getKey(), entry.getValue()));
                }
            });
        } else if (value.isArray()) {
            value.forEach(element -> parts.addAll(parts(field, element)));
        } else {
            parts.add(part(field, value.asText()));
        }
        return parts;
    }

    private static Part part(String field, String text) {
        if (CODED_VALUES.containsKey(field)) {
            return new Part(CODED_VALUES.get(field) + text, null, null);
        }
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return new Part(null, LocalDate.parse(text), null);
            } catch (DateTimeParseException notADate) {
                return new Part(null, null, text);
            }
        }
        return new Part(null, null, text);
    }

    private static String lastName(String path) {
        List<String> segments = segments(path);
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!segments.get(i).chars().allMatch(Character::isDigit)) {
                return segments.get(i);
            }
        }
        return "";
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return segments;
    }
}
