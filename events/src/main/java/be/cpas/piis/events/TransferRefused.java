package be.cpas.piis.events;

import java.util.UUID;

/** The transfer was refused, by the beneficiary (T3) or by a rule such as T4. */
public record TransferRefused(UUID transferId, UUID contractId, String cpas, String toCpas, String rule) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
