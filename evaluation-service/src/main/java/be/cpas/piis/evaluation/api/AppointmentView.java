package be.cpas.piis.evaluation.api;

import be.cpas.piis.evaluation.domain.Appointment;
import java.time.LocalDate;
import java.time.LocalTime;

/** A1, A2: when and where a meeting takes place, and what became of its letters and of its confirmation. */
public record AppointmentView(LocalDate plannedOn, LocalTime startsAt, String place, LocalDate reminderDueOn, LocalDate convocationSentOn,
                              LocalDate reminderSentOn, LocalDate confirmedOn) {

    static AppointmentView of(Appointment appointment, int reminderDaysBefore) {
        return new AppointmentView(appointment.day(), appointment.startsAt(), appointment.place(), appointment.reminderDueOn(reminderDaysBefore),
                appointment.convocationSentOn().orElse(null), appointment.reminderSentOn().orElse(null),
                appointment.confirmedOn().orElse(null));
    }
}
