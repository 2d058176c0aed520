package be.cpas.piis.platform.problem;

/**
 * The resource is not in a state that allows the request, or changed meanwhile (409, X5).
 * {@code rule} names the rule behind the forbidden transition, when there is one.
 */
public class ConflictException extends RuntimeException {

    private final String rule;
    private final Wording detail;

    public ConflictException(String rule, Wording detail) {
        super(detail.toString());
        this.rule = rule;
        this.detail = detail;
    }

    public Wording detail() {
        return detail;
    }

    public String rule() {
        return rule;
    }
}
