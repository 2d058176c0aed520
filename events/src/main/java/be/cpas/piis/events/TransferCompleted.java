package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** The new CPAS is competent; the old contract ends TRANSFERRED (T1). */
public record TransferCompleted(UUID transferId, UUID contractId, String cpas, String toCpas, LocalDate completedOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
