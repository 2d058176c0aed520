package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** A suspension of the RIS payment takes effect: what a payment system acts on (S6). */
public record SanctionExecuted(UUID breachId, UUID contractId, String cpas, UUID beneficiaryId, LocalDate suspensionFrom, LocalDate suspensionTo) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
