package be.cpas.piis.evaluation.persistence;

import be.cpas.piis.platform.paging.KeysetQuery;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A2: which meetings still to come a list shows, from {@code today}: those whose reminder is due by
 * {@code reminderHorizon} and not sent, those up to {@code unconfirmedUntil} that nobody confirmed.
 */
public record AppointmentFilter(LocalDate today, Optional<LocalDate> reminderHorizon, Optional<LocalDate> unconfirmedUntil) {

    public static AppointmentFilter none(LocalDate today) {
        return new AppointmentFilter(today, Optional.empty(), Optional.empty());
    }

    public boolean any() {
        return reminderHorizon.isPresent() || unconfirmedUntil.isPresent();
    }

    /** Adds the conditions to {@code query}, whose items are meetings still open when {@code openCondition} holds. */
    void applyTo(KeysetQuery query, String openCondition) {
        if (!any()) {
            return;
        }
        query.and(openCondition + " and appointment.day >= :today", "today", today);
        query.andIfPresent(reminderHorizon, "appointment.reminderSentOn is null and appointment.day <= :reminderHorizon", "reminderHorizon");
        query.andIfPresent(unconfirmedUntil, "appointment.confirmedOn is null and appointment.day <= :unconfirmedUntil", "unconfirmedUntil");
    }
}
