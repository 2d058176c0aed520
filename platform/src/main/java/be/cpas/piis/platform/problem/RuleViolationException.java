package be.cpas.piis.platform.problem;

/** A domain rule refuses the request (422, X5): {@code rule} is its ID, e.g. {@code C7}. */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
