package be.cpas.piis.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One request the fuzz suite sends, and the answer it must get beyond what every answer must be (no 5xx, a problem
 * for every 4xx, nothing of the implementation in the body).
 *
 * @param operation the document's operation it aims at ({@code POST /piis/v1/contracts}), or the path for a wrong method
 * @param mutation  what is wrong with it, the same words for the same kind of fault across operations
 * @param target    where: the body property, parameter or header that carries the fault, or empty
 * @param token     how the {@code Authorization} header was made, so that a report can say it without the token itself
 */
record FuzzRequest(String service, String operation, String mutation, String target, String method, String pathAndQuery,
                   List<Map.Entry<String, String>> headers, String token, byte[] body, Expected expected) {

    /** What the status must be; {@link #ANY} leaves it to the checks every answer gets. */
    record Expected(String description, IntPredicate accepts) {

        static final Expected ANY = new Expected("any", status -> true);
        static final Expected CLIENT_ERROR = new Expected("4xx", status -> status >= 400 && status < 500);

        static Expected status(int... statuses) {
            int[] sorted = statuses.clone();
            Arrays.sort(sorted);
            return new Expected(IntStream.of(sorted).mapToObj(String::valueOf).collect(Collectors.joining(" or ")),
                    status -> IntStream.of(sorted).anyMatch(allowed -> allowed == status));
        }

        boolean isAny() {
            return this == ANY;
        }
    }

    /** The request as a developer replays it: method, path, headers (the token by how it was made), the body's start. */
    String replayable() {
        StringBuilder text = new StringBuilder(method).append(' ').append(pathAndQuery);
        for (Map.Entry<String, String> header : headers) {
            String value = header.getKey().equalsIgnoreCase("Authorization") && token != null ? token : header.getValue();
            text.append(" | ").append(header.getKey()).append(": ").append(shorten(value, 200));
        }
        if (body != null) {
            String shown = new String(body, StandardCharsets.UTF_8);
            text.append("\n      body (").append(body.length).append(" bytes): ").append(visible(shorten(shown, 300)));
        }
        return text.toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** Control characters, noncharacters and lone surrogates written as Java escapes, so that the report shows them. */
    static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\ufffe' || c == '\uffff' || Character.isSurrogate(c) || c == '\ufffd') {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
