package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** The beneficiary appealed a decision to the labour tribunal (S8). */
public record AppealFiled(UUID appealId, UUID breachId, UUID contractId, String cpas, LocalDate filedOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
