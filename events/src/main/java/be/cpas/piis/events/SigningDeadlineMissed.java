package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** A compulsory PIIS was neither signed nor exempted by its deadline (C1). */
public record SigningDeadlineMissed(UUID beneficiaryId, String cpas, LocalDate deadline) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return beneficiaryId;
    }
}
