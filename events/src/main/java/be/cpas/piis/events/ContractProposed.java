package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** A draft contract was handed to its beneficiary; the reflection period (C7) runs until {@code reflectionEndsOn}. */
public record ContractProposed(UUID contractId, String cpas, UUID beneficiaryId, int version, LocalDate handedOverOn, LocalDate reflectionEndsOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
