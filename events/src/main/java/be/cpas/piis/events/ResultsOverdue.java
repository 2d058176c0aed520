package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** A student did not communicate exam results in time (E7). */
public record ResultsOverdue(UUID studentResultId, UUID contractId, String cpas, UUID beneficiaryId, LocalDate publishedOn, LocalDate dueBy) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
