package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** The contract ended (C12): {@code outcome} is {@code completed}, {@code terminated} or {@code transferred}. */
public record ContractEnded(UUID contractId, String cpas, UUID beneficiaryId, String outcome, LocalDate endedOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
