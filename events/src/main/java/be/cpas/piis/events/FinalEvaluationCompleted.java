package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** The final evaluation took place; the Council is informed (E6). */
public record FinalEvaluationCompleted(UUID evaluationId, UUID contractId, String cpas, LocalDate heldOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
