package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** The beneficiary was absent from an evaluation without excuse (E5). */
public record EvaluationMissed(UUID evaluationId, UUID contractId, String cpas, UUID beneficiaryId, LocalDate plannedOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
