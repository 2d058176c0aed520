package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.problem.Wording;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * S5: what the CPAS owed on the contract and failed to do between {@code from} and {@code to}, the
 * period of the breach, as the service found it when the Council decided.
 */
public record CpasSide(LocalDate from, LocalDate to, List<Failure> failures) {

    /** {@code kind} is {@code stepOverdue} or {@code interviewOverdue}; {@code dueOn} the day the CPAS should have acted by. */
    public record Failure(String kind, UUID referenceId, LocalDate dueOn) {
    }

    public boolean failed() {
        return !failures.isEmpty();
    }

    /** What the check looked at and found, for the compliance record. */
    public Wording summary() {
        if (failures.isEmpty()) {
            return Wording.of("cpasSide.kept", from, to);
        }
        return Wording.of("cpasSide.failed", failures.size(), from, to,
                failures.stream().map(failure -> Wording.of("cpasSide." + failure.kind(), failure.dueOn())).toList());
    }
}
