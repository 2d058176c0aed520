package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.problem.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * S8: how the decision reached the beneficiary: the registered letter posted, the day it counts as
 * received, the appeal deadline, and the labour tribunal it names with its address.
 */
@Embeddable
public class DecisionNotification {

    @Column(name = "posted_on")
    private LocalDate postedOn;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "appeal_deadline")
    private LocalDate appealDeadline;

    @Column(name = "tribunal_name")
    private String tribunalName;

    @Column(name = "tribunal_address")
    private String tribunalAddress;

    @Column(name = "decision_letter_id")
    private UUID letterId;

    @Column(name = "notified_by")
    private String notifiedBy;

    protected DecisionNotification() {
    }

    private DecisionNotification(Notification posted, UUID letterId, String by) {
        this.postedOn = posted.postedOn();
        this.notifiedOn = posted.notifiedOn();
        this.appealDeadline = posted.appealDeadline();
        this.tribunalName = posted.tribunalName();
        this.tribunalAddress = posted.tribunalAddress();
        this.letterId = letterId;
        this.notifiedBy = by;
    }

    /** S8: without the competent tribunal and its address the appeal deadline would not run. */
    static void requireTribunal(Notification posted, String cpas) {
        if (posted.tribunalName() == null || posted.tribunalAddress() == null) {
            throw new RuleViolationException("S8", "A decision is notified with the competent labour tribunal and its address; none is known for CPAS "
                    + cpas);
        }
    }

    static DecisionNotification of(Notification posted, UUID letterId, String by) {
        return new DecisionNotification(posted, letterId, by);
    }

    public LocalDate postedOn() {
        return postedOn;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public LocalDate appealDeadline() {
        return appealDeadline;
    }

    public String tribunalName() {
        return tribunalName;
    }

    public String tribunalAddress() {
        return tribunalAddress;
    }

    public UUID letterId() {
        return letterId;
    }

    public String notifiedBy() {
        return notifiedBy;
    }
}
