package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** An evaluation as evaluation-service shows it, as far as the pages of the console read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Evaluation(UUID id, UUID contractId, LocalDate plannedOn, String kind, String status, Appointment appointment,
                         LocalDate heldOn, String attendance, String excuseReason, String progress, String notes, String adjustments) {

    /** When and where the beneficiary is expected (A1). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Appointment(LocalDate plannedOn, LocalTime startsAt, String place) {
    }

    public String statusKey() {
        return "evaluation_" + status;
    }

    public String kindKey() {
        return "evaluation_kind_" + kind;
    }

    public String attendanceKey() {
        return "attendance_" + attendance;
    }

    public boolean isPlanned() {
        return "planned".equals(status);
    }
}
