package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** An evaluation was recorded (E4); {@code attendance} is {@code inPerson}, {@code remote}, {@code excused} or {@code absent}. */
public record EvaluationCompleted(UUID evaluationId, UUID contractId, String cpas, LocalDate heldOn, String attendance) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
