package be.cpas.piis.platform.problem;

/** A domain rule refuses the request (422, X5): {@code rule} is its ID, e.g. {@code C7}. */
public class RuleViolationException extends RuntimeException {

    private final String rule;
    private final Wording detail;

    public RuleViolationException(String rule, Wording detail) {
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
