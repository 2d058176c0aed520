package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** A step passed its due date without being done (C12); {@code responsible} is {@code beneficiary}, {@code cpas} or {@code partner}. */
public record StepOverdue(UUID contractId, String cpas, UUID beneficiaryId, UUID stepId, String responsible, LocalDate dueDate) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
