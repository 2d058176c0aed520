package be.cpas.piis.evaluation.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * A1, A2: how a CPAS convokes. Evaluations are planned at {@code defaultTime} in the CPAS's office;
 * a social worker sets another time or place per appointment.
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

    /** Who sends the calendar invitations of a CPAS without an office of its own below. */
    String defaultSender();

    /** Where each CPAS (by NIS code) meets beneficiaries, and who signs its letters. */
    Map<String, Office> offices();

    interface Office {

        /** The name letters are signed with, e.g. CPAS de Bruxelles. */
        String name();

        /** The postal address where meetings take place. */
        String address();

        /** The e-mail address that sends calendar invitations. */
        String sender();
    }

    default Optional<Office> officeOf(String cpas) {
        return Optional.ofNullable(offices().get(cpas));
    }
}
