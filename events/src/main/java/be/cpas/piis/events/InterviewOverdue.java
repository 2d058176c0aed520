package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/** An interview request passed its deadline: a failure of the CPAS (E3, S5). */
public record InterviewOverdue(UUID interviewRequestId, UUID contractId, String cpas, LocalDate requestedOn, LocalDate dueBy) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
