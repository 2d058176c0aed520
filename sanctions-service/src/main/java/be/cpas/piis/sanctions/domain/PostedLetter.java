package be.cpas.piis.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * S8: the registered letter a decision of the Council reached the beneficiary by, a decision's or
 * an execution's: the day it was posted, the day it counts as received, the appeal deadline that
 * runs from then, the labour tribunal it names with its address, and the letter kept as sent (A3).
 */
@Embeddable
public class PostedLetter {

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

    protected PostedLetter() {
    }

    PostedLetter(Notification posted, UUID letterId) {
        this.postedOn = posted.postedOn();
        this.notifiedOn = posted.notifiedOn();
        this.appealDeadline = posted.appealDeadline();
        this.tribunalName = posted.tribunalName();
        this.tribunalAddress = posted.tribunalAddress();
        this.letterId = letterId;
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
}
