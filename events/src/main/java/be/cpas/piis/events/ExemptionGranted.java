package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** The CPAS decided that no PIIS is required (C2): {@code ground} is {@code health}, {@code equity} or {@code workingWithComplement}. */
public record ExemptionGranted(UUID exemptionId, UUID beneficiaryId, String cpas, String ground, LocalDate decidedOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return beneficiaryId;
    }
}
