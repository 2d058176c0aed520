package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** The beneficiary asked for an interview, due by {@code dueBy} (E3). */
public record InterviewRequested(UUID interviewRequestId, UUID contractId, String cpas, LocalDate requestedOn, LocalDate dueBy) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
