package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** An evaluation was planned (E1); {@code kind} is {@code regular} or {@code final}. */
public record EvaluationScheduled(UUID evaluationId, UUID contractId, String cpas, LocalDate plannedOn, String kind) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
