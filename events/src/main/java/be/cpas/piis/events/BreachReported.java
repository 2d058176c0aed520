package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** A breach case was opened (S1); {@code origin} names the event or person that reported it. */
public record BreachReported(UUID breachId, UUID contractId, String cpas, UUID beneficiaryId, String origin, LocalDate reportedOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
