package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** S5: the legitimate reason the Council acknowledged for the breach, which rules out any suspension. */
@Embeddable
public class LegitimateReason {

    @Column(name = "legitimate_reason")
    private String reason;

    @Column(name = "legitimate_reason_on")
    private LocalDate recordedOn;

    protected LegitimateReason() {
    }

    private LegitimateReason(String reason, LocalDate recordedOn) {
        this.reason = reason;
        this.recordedOn = recordedOn;
    }

    /** X9: acknowledged on {@code on}, not before the breach it excuses. */
    static LegitimateReason acknowledged(String reason, LocalDate on, LocalDate today, LocalDate breachOn) {
        return new LegitimateReason(reason, FactDates.check("recordedOn", on, today, breachOn, Wording.of("step.breach")));
    }

    public String reason() {
        return reason;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }
}
