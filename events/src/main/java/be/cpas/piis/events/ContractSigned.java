package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** Every party signed: the contract is active (C9). {@code contractType} is {@code general} or {@code student}. */
public record ContractSigned(UUID contractId, String cpas, UUID beneficiaryId, String contractType, int version, LocalDate startDate, LocalDate endDate, LocalDate signedOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
