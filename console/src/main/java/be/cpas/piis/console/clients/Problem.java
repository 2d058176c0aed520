package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A refusal of an API (problem+json, X5): what went wrong, the rule when one refused, and each input issue. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, String rule, List<Issue> issues) {

    public Problem {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /** An issue of one input: where ({@code body}, {@code query}...), which one, and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Issue(String in, String name, String detail) {
    }

    /** No refusal: what a form shows before anything was sent. */
    public static Problem none() {
        return new Problem(null, null, 0, null, null, List.of());
    }

    public boolean refused() {
        return status != 0;
    }

    /** What the API said of the field {@code name}; null when it said nothing of it. */
    public String about(String name) {
        return issues.stream().filter(issue -> name.equals(issue.name())).map(Issue::detail).findFirst().orElse(null);
    }
}
