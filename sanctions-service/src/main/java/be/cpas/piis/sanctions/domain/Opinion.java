package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** S3: the social worker's written opinion to the Council, which only follows the formal notice (S2). */
@Embeddable
public class Opinion {

    @Column(name = "opinion")
    private String text;

    @Column(name = "opinion_given_on")
    private LocalDate givenOn;

    @Column(name = "opinion_given_by")
    private String givenBy;

    protected Opinion() {
    }

    private Opinion(String text, LocalDate givenOn, String givenBy) {
        this.text = text;
        this.givenOn = givenOn;
        this.givenBy = givenBy;
    }

    /** S2, S3, X9: an opinion given on {@code givenOn}, after the {@code notice}. */
    static Opinion given(FormalNotice notice, String text, LocalDate givenOn, String by, LocalDate today) {
        if (notice == null) {
            throw new RuleViolationException("S2", Wording.of("opinion.beforeNotice"));
        }
        return new Opinion(text, FactDates.check("givenOn", givenOn, today, notice.sentOn(), Wording.of("step.formalNotice")), by);
    }

    public String text() {
        return text;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String givenBy() {
        return givenBy;
    }
}
