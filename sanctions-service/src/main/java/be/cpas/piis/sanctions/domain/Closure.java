package be.cpas.piis.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * S1, S7: how a case ended without a sanction to carry out: closed as opened in error, with its
 * reasons, before any decision; or, with no reasons, a deferred sanction that lapsed when its
 * probation ended without a new breach.
 */
@Embeddable
public class Closure {

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closure_reasons")
    private String reasons;

    protected Closure() {
    }

    private Closure(LocalDate closedOn, String reasons) {
        this.closedOn = closedOn;
        this.reasons = reasons;
    }

    static Closure openedInError(LocalDate on, String reasons) {
        return new Closure(on, reasons);
    }

    static Closure probationOver(LocalDate on) {
        return new Closure(on, null);
    }

    public boolean openedInError() {
        return reasons != null;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String reasons() {
        return reasons;
    }
}
