package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** The contract's beneficiary moved; its dossier is offered to {@code toCpas} (T1). */
public record TransferRequested(UUID transferId, UUID contractId, String cpas, String toCpas, LocalDate requestedOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
