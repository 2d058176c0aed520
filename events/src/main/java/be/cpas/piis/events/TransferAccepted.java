package be.cpas.piis.events;

import java.util.UUID;

/** The new CPAS took the dossier over (T2): {@code takeOver} is {@code full}, {@code partial} or {@code none}. */
public record TransferAccepted(UUID transferId, UUID contractId, String cpas, String toCpas, String takeOver) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
