package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** S8: the case's appeal to the labour tribunal, as far as the case's status needs it: filed, then judged. */
@Embeddable
public class TribunalAppeal {

    @Column(name = "appealed_on")
    private LocalDate appealedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome", length = 16)
    private Appeal.Outcome outcome;

    protected TribunalAppeal() {
    }

    private TribunalAppeal(LocalDate appealedOn) {
        this.appealedOn = appealedOn;
    }

    static TribunalAppeal filed(LocalDate on) {
        return new TribunalAppeal(on);
    }

    void judged(Appeal.Outcome judgment) {
        if (outcome != null) {
            throw new ConflictException("S8", Wording.of("appeal.judged", Codes.of(outcome)));
        }
        this.outcome = judgment;
    }

    BreachStatus status() {
        if (outcome == null) {
            return BreachStatus.APPEALED;
        }
        return outcome == Appeal.Outcome.ANNULLED ? BreachStatus.ANNULLED : BreachStatus.UPHELD;
    }

    public LocalDate appealedOn() {
        return appealedOn;
    }

    public Appeal.Outcome outcome() {
        return outcome;
    }
}
