package be.cpas.piis.sanctions.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.util.UUID;

/**
 * S7, S8: the Council's decision to execute a deferred sanction after a new breach during the
 * probation, and how it reached the beneficiary: like a decision, by a registered letter with its
 * reasons, the competent labour tribunal and the appeal deadline.
 */
@Embeddable
public class SanctionExecution {

    @Column(name = "executed_on")
    private LocalDate decidedOn;

    @Column(name = "new_breach_on")
    private LocalDate newBreachOn;

    @Column(name = "execution_reasons")
    private String reasons;

    @Column(name = "execution_decided_by")
    private String decidedBy;

    @Embedded
    @AttributeOverride(name = "postedOn", column = @Column(name = "execution_posted_on"))
    @AttributeOverride(name = "notifiedOn", column = @Column(name = "execution_notified_on"))
    @AttributeOverride(name = "appealDeadline", column = @Column(name = "execution_appeal_deadline"))
    @AttributeOverride(name = "tribunalName", column = @Column(name = "execution_tribunal_name"))
    @AttributeOverride(name = "tribunalAddress", column = @Column(name = "execution_tribunal_address"))
    @AttributeOverride(name = "letterId", column = @Column(name = "execution_letter_id"))
    private PostedLetter letter;

    protected SanctionExecution() {
    }

    SanctionExecution(LocalDate decidedOn, LocalDate newBreachOn, String reasons, String decidedBy, Notification posted, UUID letterId) {
        this.decidedOn = decidedOn;
        this.newBreachOn = newBreachOn;
        this.reasons = reasons;
        this.decidedBy = decidedBy;
        this.letter = new PostedLetter(posted, letterId);
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate newBreachOn() {
        return newBreachOn;
    }

    public String reasons() {
        return reasons;
    }

    public String decidedBy() {
        return decidedBy;
    }

    /** The letter that notified the execution; null for an execution recorded before executions were notified by letter. */
    public PostedLetter letter() {
        return letter;
    }
}
