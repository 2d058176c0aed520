package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** A formal notice was sent to the beneficiary (S2). */
public record FormalNoticeSent(UUID breachId, UUID contractId, String cpas, LocalDate sentOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
