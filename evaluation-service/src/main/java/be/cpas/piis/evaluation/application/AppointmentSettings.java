package be.cpas.piis.evaluation.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;

/**
 * A1, A2: how this deployment convokes. Evaluations are planned at {@code defaultTime} at the CPAS's
 * main meeting place, which the CPAS keeps in its settings (X12); a social worker sets another time
 * or place per appointment.
 */
@ConfigMapping(prefix = "piis.appointments")
public interface AppointmentSettings {

    /** The time of an evaluation the plan sets, until a social worker moves it. */
    @WithDefault("09:30")
    LocalTime defaultTime();

    /** How long a meeting lasts in the beneficiary's calendar. */
    @WithDefault("PT45M")
    Duration duration();

    /** A2: how many days before a meeting its reminder is due; on the working day before when nobody works that day (X6). */
    @WithDefault("3")
    int reminderDaysBefore();
}
