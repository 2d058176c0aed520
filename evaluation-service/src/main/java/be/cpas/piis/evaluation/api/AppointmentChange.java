package be.cpas.piis.evaluation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A1: the day, time and place of a meeting, which its convocation states. */
public record AppointmentChange(@NotNull LocalDate plannedOn, @NotNull LocalTime startsAt, @NotBlank @Size(max = 300) String place) {
}
