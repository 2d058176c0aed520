package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** The Council decided (S6): {@code decision} is {@code noSanction}, {@code suspended} or {@code deferred}. */
public record SanctionDecided(UUID breachId, UUID contractId, String cpas, UUID beneficiaryId, String decision, LocalDate suspensionFrom, LocalDate suspensionTo, LocalDate decidedOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
