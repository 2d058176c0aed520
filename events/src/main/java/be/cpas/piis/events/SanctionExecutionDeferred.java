package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** The Council deferred the execution of a sanction until {@code probationEndsOn} (S7). */
public record SanctionExecutionDeferred(UUID breachId, UUID contractId, String cpas, UUID beneficiaryId, LocalDate probationEndsOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
