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

    /** Said in English in every language, until each refusal has its wording. */
    public RuleViolationException(String rule, String detail) {
        this(rule, Wording.of("untranslated", detail));
    }

    public Wording detail() {
        return detail;
    }

    public String rule() {
        return rule;
    }
}
