package be.cpas.piis.platform.problem;

/**
 * The resource is not in a state that allows the request, or changed meanwhile (409, X5).
 * {@code rule} names the rule behind the forbidden transition, when there is one.
 */
public class ConflictException extends RuntimeException {

    private final String rule;

    public ConflictException(String rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
