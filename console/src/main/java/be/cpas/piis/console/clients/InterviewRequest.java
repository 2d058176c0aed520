package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * E3: a beneficiary's request for an interview, due within 5 working days; {@code lateForDeadline} when set after
 * that, {@code overdue} when the deadline passed without it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterviewRequest(UUID id, UUID contractId, LocalDate requestedOn, LocalDate dueBy, String reason, String status,
                               Evaluation.Appointment appointment, boolean lateForDeadline, boolean overdue, LocalDate heldOn,
                               String notes) {

    public String statusKey() {
        return "interview_" + status.toLowerCase(Locale.ROOT);
    }

    /** Still to be held: requested or scheduled. */
    public boolean open() {
        return "requested".equalsIgnoreCase(status) || "scheduled".equalsIgnoreCase(status);
    }

    /** What the appointment form shows: the interview as set, blank before. */
    public String plannedOnField() {
        return appointment == null || appointment.plannedOn() == null ? "" : appointment.plannedOn().toString();
    }

    public String startsAtField() {
        return appointment == null || appointment.startsAt() == null ? "" : appointment.startsAt().toString();
    }

    public String placeField() {
        return appointment == null || appointment.place() == null ? "" : appointment.place();
    }

    public boolean scheduled() {
        return "scheduled".equalsIgnoreCase(status);
    }
}
