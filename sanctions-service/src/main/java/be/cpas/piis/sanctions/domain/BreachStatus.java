package be.cpas.piis.sanctions.domain;

/**
 * OPEN → NOTICE_SENT → OPINION_GIVEN → (HEARING_REQUESTED → HEARD) → DECIDED → NO_SANCTION |
 * SUSPENDED | DEFERRED once notified → (EXECUTED) → (APPEALED → UPHELD | ANNULLED) | CLOSED.
 * The status says how far the case went; the rules look at what was recorded.
 */
public enum BreachStatus {
    OPEN, NOTICE_SENT, OPINION_GIVEN, HEARING_REQUESTED, HEARD, DECIDED, NO_SANCTION, SUSPENDED, DEFERRED, EXECUTED, APPEALED,
    UPHELD, ANNULLED, CLOSED;

    /** Still before the decision: new facts of the contract join the case. */
    public boolean undecided() {
        return ordinal() < DECIDED.ordinal();
    }
}
