package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The labour tribunal annulled a sanction on appeal (S8): a payment system restores what was
 * suspended from {@code suspensionFrom} to {@code suspensionTo}, when those were set.
 */
public record SanctionAnnulled(UUID breachId, UUID appealId, UUID contractId, String cpas, UUID beneficiaryId, LocalDate suspensionFrom,
                               LocalDate suspensionTo, LocalDate annulledOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
