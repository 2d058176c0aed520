package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.time.Period;

/**
 * S5-S7: what the Council decided on the case: no sanction, or a suspension of a scope and a
 * length within S6's cap, starting in S6's window or deferred for a probation (S7), with its
 * reasons and the checks the service made of recidivism and of the CPAS's own side.
 */
@Embeddable
public class CouncilDecision {

    private static final int PROBATION_MONTHS_AT_MOST = 12;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 16)
    private DecisionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", length = 16)
    private Scope scope;

    @Column(name = "percentage")
    private Integer percentage;

    @Column(name = "amount")
    private BigDecimal amount;

    @Column(name = "length", length = 16)
    @Convert(converter = PeriodConverter.class)
    private Period length;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "reasons")
    private String reasons;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "cap_months")
    private Integer capMonths;

    @Column(name = "cap_reason")
    private String capReason;

    @Column(name = "cpas_check")
    private String cpasCheck;

    @Column(name = "probation_months")
    private Integer probationMonths;

    protected CouncilDecision() {
    }

    /**
     * S5-S7: the decision of {@code day}. A suspension is refused when a legitimate reason was
     * acknowledged on {@code legitimateReasonOn} or the CPAS failed its side (S5), and must fit S6's
     * cap and start window; a deferral sets a probation of 1 to 12 months (S7).
     */
    static CouncilDecision taken(DecisionProposal proposal, LocalDate day, Recidivism recidivism, CpasSide cpasSide,
                                 LocalDate legitimateReasonOn, String by, Language fileLanguage) {
        CouncilDecision taken = new CouncilDecision();
        if (proposal.decision() == DecisionKind.SUSPENSION) {
            requireSuspensionAllowed(cpasSide, legitimateReasonOn);
            SanctionRules.requireExtent(proposal.scope(), proposal.percentage(), proposal.amount());
            if (proposal.length() == null) {
                throw new RuleViolationException("S6", Wording.of("suspension.noLength"));
            }
            if (proposal.deferred()) {
                requireProbation(proposal.probationMonths());
                SanctionRules.endOf(day.plusDays(1), proposal.length(), recidivism.capMonths());
            } else {
                if (proposal.startsOn() == null) {
                    throw new RuleViolationException("S6", Wording.of("suspension.noStart"));
                }
                SanctionRules.requireStart(proposal.startsOn(), day, Wording.of("step.decision"), day);
                taken.endsOn = SanctionRules.endOf(proposal.startsOn(), proposal.length(), recidivism.capMonths());
                taken.startsOn = proposal.startsOn();
            }
        } else if (proposal.scope() != null || proposal.length() != null || proposal.startsOn() != null || proposal.deferred()) {
            throw new RuleViolationException("S6", Wording.of("decision.noSanctionSuspendsNothing"));
        }
        taken.kind = proposal.decision();
        taken.scope = proposal.scope();
        taken.percentage = proposal.percentage();
        taken.amount = proposal.amount();
        taken.length = proposal.length();
        taken.probationMonths = proposal.probationMonths();
        taken.reasons = proposal.reasons();
        taken.decidedOn = day;
        taken.decidedBy = by;
        taken.capMonths = recidivism.capMonths();
        taken.capReason = recidivism.reason().in(fileLanguage);
        taken.cpasCheck = cpasSide.summary().in(fileLanguage);
        return taken;
    }

    /**
     * S5: why no suspension may be decided, if none may: a legitimate reason acknowledged on
     * {@code legitimateReasonOn}, or the CPAS's failure of its own side. What the Council reads before
     * deciding and what the decision refuses are this one check.
     */
    public static Optional<RuleViolationException> suspensionRefusal(CpasSide cpasSide, LocalDate legitimateReasonOn) {
        if (legitimateReasonOn != null) {
            return Optional.of(new RuleViolationException("S5", Wording.of("suspension.legitimateReason", legitimateReasonOn)));
        }
        if (cpasSide.failed()) {
            return Optional.of(new RuleViolationException("S5", Wording.of("suspension.cpasFailed", cpasSide.summary())));
        }
        return Optional.empty();
    }

    private static void requireSuspensionAllowed(CpasSide cpasSide, LocalDate legitimateReasonOn) {
        Optional<RuleViolationException> refusal = suspensionRefusal(cpasSide, legitimateReasonOn);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private static void requireProbation(int months) {
        if (months < 1 || months > PROBATION_MONTHS_AT_MOST) {
            throw new RuleViolationException("S7", Wording.of("deferral.probationLength", PROBATION_MONTHS_AT_MOST, months));
        }
    }

    /** S8, S6: notified on {@code notifiedOn} with its reasons; a suspension must still start after the notification. */
    void requireNotifiableOn(LocalDate notifiedOn) {
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolationException("S8", Wording.of("notification.noReasons"));
        }
        if (startsOn != null) {
            SanctionRules.requireStart(startsOn, notifiedOn, Wording.of("step.notification"), decidedOn);
        }
    }

    /**
     * S6, S7: a deferred suspension executed on {@code day} starts after the execution's
     * notification and by the first day of the third month after {@code day}, for the length
     * decided within its cap.
     */
    void requireExecutableFrom(LocalDate start, LocalDate day, LocalDate notifiedOn) {
        SanctionRules.requireStart(start, notifiedOn, Wording.of("step.notificationOfExecution"), day);
        SanctionRules.endOf(start, length, capMonths);
    }

    /** S7: the deferred suspension executes from {@code start}, for the length decided. */
    void executeFrom(LocalDate start) {
        this.endsOn = SanctionRules.endOf(start, length, capMonths);
        this.startsOn = start;
    }

    /** The status of the decision once notified. */
    BreachStatus notifiedStatus() {
        return kind == DecisionKind.NO_SANCTION ? BreachStatus.NO_SANCTION : probationMonths != null ? BreachStatus.DEFERRED : BreachStatus.SUSPENDED;
    }

    public DecisionKind kind() {
        return kind;
    }

    public Scope scope() {
        return scope;
    }

    public Integer percentage() {
        return percentage;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Period length() {
        return length;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String reasons() {
        return reasons;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Integer capMonths() {
        return capMonths;
    }

    public String capReason() {
        return capReason;
    }

    public String cpasCheck() {
        return cpasCheck;
    }

    public Integer probationMonths() {
        return probationMonths;
    }
}
