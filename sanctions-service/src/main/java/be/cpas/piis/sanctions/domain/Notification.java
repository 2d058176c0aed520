package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.calendar.JudicialDeadlines;
import java.time.LocalDate;

/**
 * S8: a decision posted by registered letter on {@code postedOn} counts as notified on the third
 * working day after (art. 53bis Judicial Code); the appeal runs 3 months from then.
 */
public record Notification(LocalDate postedOn, LocalDate notifiedOn, LocalDate appealDeadline, String tribunalName, String tribunalAddress) {

    public static final int MONTHS_TO_APPEAL = 3;

    public static Notification posted(LocalDate postedOn, String tribunalName, String tribunalAddress) {
        LocalDate notifiedOn = JudicialDeadlines.receivedOn(postedOn);
        return new Notification(postedOn, notifiedOn, JudicialDeadlines.lastDayOfMonths(notifiedOn, MONTHS_TO_APPEAL), tribunalName,
                tribunalAddress);
    }
}
