package be.cpas.piis.platform.paging;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.time.SupportedDates;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The opaque {@code cursor} of keyset pagination: the sort key of the last item of a page, from
 * which the next page continues. Clients pass it back as it is and never build one themselves.
 */
public final class Cursor {

    public static final String PARAMETER = "cursor";
    private static final String SEPARATOR = "|";

    private Cursor() {
    }

    public static String encode(Object... keyParts) {
        String joined = String.join(SEPARATOR, Arrays.stream(keyParts).map(String::valueOf).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The key parts of {@code cursor}; a cursor that this service did not make is a 400. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(joined.split("\\" + SEPARATOR, -1));
            if (parts.size() == expectedParts) {
                return parts;
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the refusal below
        }
        throw invalid(cursor);
    }

    /** The key of lists sorted by a date, then by id: the last item's date and id. */
    public record DateAndId(LocalDate date, UUID id) {
    }

    public static DateAndId dateAndId(String cursor) {
        List<String> key = decode(cursor, 2);
        LocalDate date;
        UUID id;
        try {
            date = LocalDate.parse(key.get(0));
            id = UUID.fromString(key.get(1));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw invalid(cursor);
        }
        // A forged cursor may hold any day: the queries behind it only take the supported ones.
        if (!SupportedDates.contains(date)) {
            throw invalid(cursor);
        }
        return new DateAndId(date, id);
    }

    /** The key of lists sorted by id alone: the last item's id. */
    public static UUID id(String cursor) {
        try {
            return UUID.fromString(decode(cursor, 1).get(0));
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
    }

    public static InvalidInputException invalid(String cursor) {
        return new InvalidInputException(InputIssue.invalid("query", PARAMETER, cursor, "is not a cursor this collection gave out"));
    }
}
