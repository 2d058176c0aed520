package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.util.UUID;

/**
 * S8: how the decision reached the beneficiary: its {@link PostedLetter}, who recorded it, and for a
 * deferred sanction the end of the probation that runs from its notification (S7).
 */
@Embeddable
public class DecisionNotification {

    @Embedded
    private PostedLetter letter;

    @Column(name = "notified_by")
    private String notifiedBy;

    @Column(name = "probation_ends_on")
    private LocalDate probationEndsOn;

    protected DecisionNotification() {
    }

    private DecisionNotification(Notification posted, UUID letterId, String by, Integer probationMonths) {
        this.letter = new PostedLetter(posted, letterId);
        this.notifiedBy = by;
        this.probationEndsOn = probationMonths == null ? null : posted.notifiedOn().plusMonths(probationMonths);
    }

    /** S8: without the competent tribunal and its address the appeal deadline would not run. */
    static void requireTribunal(Notification posted, String cpas) {
        if (posted.tribunalName() == null || posted.tribunalAddress() == null) {
            throw new RuleViolationException("S8", Wording.of("notification.noTribunal", cpas));
        }
    }

    /** S7: a deferred sanction's probation runs {@code probationMonths} from the notification. */
    static DecisionNotification of(Notification posted, UUID letterId, String by, Integer probationMonths) {
        return new DecisionNotification(posted, letterId, by, probationMonths);
    }

    public PostedLetter letter() {
        return letter;
    }

    public LocalDate notifiedOn() {
        return letter.notifiedOn();
    }

    public String notifiedBy() {
        return notifiedBy;
    }

    /** S7: the last day of the probation of a deferred sanction, else null. */
    public LocalDate probationEndsOn() {
        return probationEndsOn;
    }
}
