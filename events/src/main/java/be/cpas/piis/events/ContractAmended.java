package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** All parties agreed to an amendment, which made {@code version} the current version (C10), perhaps with new dates or social workers. */
public record ContractAmended(UUID contractId, String cpas, UUID beneficiaryId, int version, LocalDate startDate, LocalDate endDate,
                              LocalDate agreedOn, String referentWorker, String replacementWorker) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
