package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * S2: the formal notice that told the beneficiary of the problem, the day they may answer by, and
 * their answer. Until that day has passed or they answered, the Council does not decide.
 */
@Embeddable
public class FormalNotice {

    @Column(name = "notice_sent_on")
    private LocalDate sentOn;

    @Column(name = "notice_sent_by")
    private String sentBy;

    @Column(name = "notice_expected")
    private String expected;

    @Column(name = "notice_respond_by")
    private LocalDate respondBy;

    @Column(name = "notice_letter_id")
    private UUID letterId;

    @Column(name = "notice_answered_on")
    private LocalDate answeredOn;

    @Column(name = "notice_answer")
    private String answer;

    protected FormalNotice() {
    }

    private FormalNotice(LocalDate sentOn, String sentBy, String expected, LocalDate respondBy, UUID letterId) {
        this.sentOn = sentOn;
        this.sentBy = sentBy;
        this.expected = expected;
        this.respondBy = respondBy;
        this.letterId = letterId;
    }

    /** S2: a notice sent on {@code sentOn} leaves the beneficiary until {@code respondBy}, a later day, to answer. */
    static FormalNotice sent(String expected, LocalDate respondBy, LocalDate sentOn, String by, UUID letterId) {
        if (!respondBy.isAfter(sentOn)) {
            throw new RuleViolationException("S2", Wording.of("notice.answerDateBeforeSending", sentOn, respondBy));
        }
        return new FormalNotice(sentOn, by, expected, respondBy, letterId);
    }

    /** S2, X9: the beneficiary's answer, received on {@code on}, not before the notice. */
    void answered(String text, LocalDate on, LocalDate today) {
        if (answeredOn != null) {
            throw new ConflictException("S2", Wording.of("notice.alreadyAnswered", answeredOn));
        }
        this.answeredOn = FactDates.check("answeredOn", on, today, sentOn, Wording.of("step.formalNotice"));
        this.answer = text;
    }

    /** S2: no decision on {@code day} unless the answer date has passed or the beneficiary answered. */
    void requireAnswerTimeOver(LocalDate day) {
        if (answeredOn == null && !day.isAfter(respondBy)) {
            throw new RuleViolationException("S2", Wording.of("decision.beforeAnswerDate", respondBy, day));
        }
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public String sentBy() {
        return sentBy;
    }

    public String expected() {
        return expected;
    }

    public LocalDate respondBy() {
        return respondBy;
    }

    public UUID letterId() {
        return letterId;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String answer() {
        return answer;
    }
}
