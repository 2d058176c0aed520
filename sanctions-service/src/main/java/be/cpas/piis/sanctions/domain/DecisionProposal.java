package be.cpas.piis.sanctions.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * S6, S7: what the Council decides. A suspension has a scope, a length and, unless its execution is
 * deferred for {@code probationMonths}, a start date; the start of a deferred one is set if it is executed.
 */
public record DecisionProposal(DecisionKind decision, Scope scope, Integer percentage, BigDecimal amount, LocalDate startsOn,
                               Period length, Integer probationMonths, String reasons, LocalDate decidedOn) {

    public boolean deferred() {
        return probationMonths != null;
    }
}
