package be.cpas.piis.sanctions.domain;

import be.cpas.piis.events.BreachReported;
import be.cpas.piis.events.FormalNoticeSent;
import be.cpas.piis.events.PiisEvent;
import be.cpas.piis.events.SanctionAnnulled;
import be.cpas.piis.events.SanctionDecided;
import be.cpas.piis.events.SanctionExecuted;
import be.cpas.piis.events.SanctionExecutionDeferred;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A breach case (S1-S8): the facts of one contract and its parts, each present once its step
 * happened and each guarding its own rule: the {@link FormalNotice}, the {@link Opinion}, the
 * {@link Hearing} when asked, a {@link LegitimateReason} acknowledged, the {@link CouncilDecision}, its
 * {@link DecisionNotification}, the {@link SanctionExecution} of a deferred sanction, the
 * {@link TribunalAppeal}, or its {@link Closure}. The case checks that the safeguards before each step were kept, says
 * which rule when they were not, and derives its status from the parts present.
 */
@Entity
@Table(name = "breach_case")
public class BreachCase {

    @Id
    private UUID id;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private BreachStatus status;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "breach_id", nullable = false)
    @OrderBy("position")
    private List<BreachFact> facts = new ArrayList<>();

    @Embedded
    private FormalNotice notice;

    @Embedded
    private Opinion opinion;

    @Embedded
    private Hearing hearing;

    @Embedded
    private LegitimateReason legitimateReason;

    @Embedded
    private CouncilDecision decision;

    @Embedded
    private DecisionNotification notification;

    @Embedded
    private SanctionExecution execution;

    @Embedded
    private Closure closure;

    @Embedded
    private TribunalAppeal appeal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected BreachCase() {
    }

    private BreachCase(String cpas, UUID contractId, UUID beneficiaryId, LocalDate openedOn, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.cpas = cpas;
        this.contractId = contractId;
        this.beneficiaryId = beneficiaryId;
        this.openedOn = openedOn;
        this.createdAt = createdAt;
        refreshStatus();
    }

    /** S1: a case opened with its first fact. */
    public static BreachCase open(String cpas, UUID contractId, UUID beneficiaryId, BreachFact fact, LocalDate today, Instant now) {
        BreachCase breach = new BreachCase(cpas, contractId, beneficiaryId, today, now);
        breach.gather(fact);
        return breach;
    }

    public BreachReported reported(Origin origin) {
        return new BreachReported(id, contractId, cpas, beneficiaryId, Codes.of(origin), openedOn);
    }

    /** S1: another fact of the same contract, while the Council has not decided. */
    public void gather(BreachFact fact) {
        requireNotClosedInError("S1");
        if (!status.undecided()) {
            throw new ConflictException("S1", Wording.of("case.decidedNewFact"));
        }
        fact.placeAt(facts.size());
        facts.add(fact);
    }

    /** The day of the breach: its earliest fact. */
    public LocalDate breachOn() {
        return facts.stream().map(BreachFact::occurredOn).min(Comparator.naturalOrder()).orElse(openedOn);
    }

    /** The day of the case's latest fact, which a notice can only follow. */
    private LocalDate lastFactOn() {
        return facts.stream().map(BreachFact::occurredOn).max(Comparator.naturalOrder()).orElse(openedOn);
    }

    /** S2, X9: the formal notice went out on {@code sentOn}, not before the facts it tells of; the beneficiary may answer by {@code respondBy}. */
    public FormalNoticeSent noticeSent(String expected, LocalDate respondBy, LocalDate sentOn, String by, LocalDate today, UUID letterId) {
        if (notice != null) {
            throw new ConflictException("S2", Wording.of("notice.alreadySent", notice.sentOn()));
        }
        requireUndecided("S2");
        LocalDate day = FactDates.check("sentOn", sentOn, today, lastFactOn(), Wording.of("step.lastFact"));
        this.notice = FormalNotice.sent(expected, respondBy, day, by, letterId);
        refreshStatus();
        return new FormalNoticeSent(id, contractId, cpas, day);
    }

    /** S2, X9: the beneficiary answered the formal notice; the Council may then decide before the answer date. */
    public void noticeAnswered(String answer, LocalDate answeredOn, LocalDate today) {
        requireUndecided("S2");
        if (notice == null) {
            throw new RuleViolationException("S2", Wording.of("notice.noneToAnswer"));
        }
        notice.answered(answer, answeredOn, today);
    }

    /** S2, S3, X9: the social worker's written opinion to the Council, once the beneficiary was told of the problem. */
    public void opinionGiven(String text, LocalDate givenOn, String by, LocalDate today) {
        requireUndecided("S3");
        this.opinion = Opinion.given(notice, text, givenOn, by, today);
        refreshStatus();
    }

    /** S4, X9: the beneficiary asked to be heard; no decision until the hearing is recorded. */
    public void hearingRequested(LocalDate requestedOn, LocalDate today) {
        requireUndecided("S4");
        if (hearing != null) {
            throw new ConflictException("S4", Wording.of("hearing.alreadyAsked", hearing.requestedOn()));
        }
        this.hearing = Hearing.requested(requestedOn, today, breachOn());
        refreshStatus();
    }

    /** A1, S4, X6: when and where the Council will hear the beneficiary; a working day to come. */
    public void hearingPlanned(LocalDate day, LocalTime startsAt, String place, LocalDate today) {
        requireUndecided("S4");
        requireHearingAsked().planned(day, startsAt, place, today);
    }

    /** A1: the hearing can be convoked once it has a day, a time and a place. */
    public void requireHearingPlanned() {
        requireHearingAsked().requirePlanned();
    }

    /** S4, X9: the hearing took place: the date, whether the beneficiary came, who assisted them, what was said. */
    public void heard(LocalDate heldOn, boolean present, String assistedBy, String summary, String by, LocalDate today) {
        requireUndecided("S4");
        requireHearingAsked().held(heldOn, present, assistedBy, summary, by, today);
        refreshStatus();
    }

    private Hearing requireHearingAsked() {
        if (hearing == null) {
            throw new ConflictException("S4", Wording.of("hearing.notAsked"));
        }
        return hearing;
    }

    /** S5: the Council acknowledged a legitimate reason for the breach: no suspension is possible any more. */
    public void legitimateReasonRecorded(String reason, LocalDate on, LocalDate today) {
        requireUndecided("S5");
        this.legitimateReason = LegitimateReason.acknowledged(reason, on, today, breachOn());
    }

    /**
     * S2-S7: the Council decides. Refused before the formal notice and, unless the beneficiary
     * answered, until its answer date has passed (S2), before the opinion (S3) or a hearing asked
     * for (S4); a suspension is refused when the beneficiary had a legitimate reason or the CPAS
     * failed its side (S5), and must fit S6's cap and start window. A decision not yet notified may
     * be taken again. What the service found (the cap's reason, the CPAS's side) is kept in the file's
     * language, that of its letters and of its compliance record.
     */
    public void decide(DecisionProposal proposal, Recidivism recidivism, CpasSide cpasSide, String by, LocalDate today, Language fileLanguage) {
        requireNotClosedInError("S1");
        if (!status.undecided() && status != BreachStatus.DECIDED) {
            throw new ConflictException("S8", Wording.of("decision.alreadyNotified", notifiedOn()));
        }
        if (notice == null) {
            throw new RuleViolationException("S2", Wording.of("decision.beforeNotice"));
        }
        if (opinion == null) {
            throw new RuleViolationException("S3", Wording.of("decision.beforeOpinion"));
        }
        if (hearing != null) {
            hearing.requireHeld();
        }
        LocalDate lastSafeguard = hearing != null && hearing.heldOn().isAfter(opinion.givenOn()) ? hearing.heldOn() : opinion.givenOn();
        LocalDate day = FactDates.check("decidedOn", proposal.decidedOn(), today, lastSafeguard, Wording.of("step.lastSafeguard"));
        notice.requireAnswerTimeOver(day);
        this.decision = CouncilDecision.taken(proposal, day, recidivism, cpasSide, legitimateReason == null ? null : legitimateReason.recordedOn(), by,
                fileLanguage);
        refreshStatus();
    }

    /**
     * S8: the mentions without which the appeal period would not run: the reasons, the competent
     * labour tribunal with its address; a suspension must still start after the notification (S6).
     */
    public void requireNotifiable(Notification posted) {
        if (status != BreachStatus.DECIDED) {
            throw new ConflictException("S8", Wording.of("notification.notDecided", Codes.of(status)));
        }
        decision.requireNotifiableOn(posted.notifiedOn());
        DecisionNotification.requireTribunal(posted, cpas);
    }

    /** S8: the decision letter went out; the decision takes effect and what payments need is published. */
    public List<PiisEvent> notified(Notification posted, UUID letterId, String by) {
        requireNotifiable(posted);
        this.notification = DecisionNotification.of(posted, letterId, by, decision.probationMonths());
        refreshStatus();
        List<PiisEvent> events = new ArrayList<>();
        events.add(new SanctionDecided(id, contractId, cpas, beneficiaryId, Codes.of(decision.kind()),
                decision.scope() == null ? null : Codes.of(decision.scope()), decision.percentage(), decision.amount(), decision.startsOn(),
                decision.endsOn(), notification.probationEndsOn(), decision.decidedOn(), notification.notifiedOn()));
        if (status == BreachStatus.SUSPENDED) {
            events.add(executed());
        } else if (status == BreachStatus.DEFERRED) {
            events.add(new SanctionExecutionDeferred(id, contractId, cpas, beneficiaryId, notification.probationEndsOn()));
        }
        return events;
    }

    /**
     * S6-S8: the Council may execute the deferred sanction from {@code start}, on {@code decidedOn},
     * only on a new breach ({@code newBreachOn}) during the probation that the Council found in its
     * own case; and the execution is notified like a decision, with its reasons and the competent
     * tribunal, the suspension starting after that notification.
     */
    public void requireExecutable(LocalDate start, LocalDate newBreachOn, LocalDate decidedOn, String reasons, Notification posted, LocalDate today) {
        if (status != BreachStatus.DEFERRED) {
            throw new ConflictException("S7", Wording.of("execution.notDeferred", Codes.of(status)));
        }
        LocalDate notifiedOn = notification.notifiedOn();
        if (newBreachOn == null || newBreachOn.isBefore(notifiedOn) || newBreachOn.isAfter(notification.probationEndsOn())) {
            throw new RuleViolationException("S7", Wording.of("execution.noNewBreach", notifiedOn, notification.probationEndsOn()));
        }
        LocalDate day = FactDates.check("executedOn", decidedOn, today, notifiedOn, Wording.of("step.notification"));
        FactDates.check("postedOn", posted.postedOn(), today, day, Wording.of("step.decisionToExecute"));
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolationException("S8", Wording.of("notification.noReasons"));
        }
        DecisionNotification.requireTribunal(posted, cpas);
        decision.requireExecutableFrom(start, day, posted.notifiedOn());
    }

    /** S7, S8: the execution was decided and its letter posted; the suspension takes effect, which payments learn of. */
    public SanctionExecuted executed(LocalDate start, LocalDate newBreachOn, LocalDate decidedOn, String reasons, String by, Notification posted,
                                     UUID letterId, LocalDate today) {
        requireExecutable(start, newBreachOn, decidedOn, reasons, posted, today);
        LocalDate day = decidedOn == null ? today : decidedOn;
        decision.executeFrom(start);
        this.execution = new SanctionExecution(day, newBreachOn, reasons, by, posted, letterId);
        refreshStatus();
        return executed();
    }

    /**
     * S1, X9: the case was opened in error (the facts did not happen, or were excused): it is closed
     * with its reasons, before and instead of any decision.
     */
    public void closedInError(String reasons, LocalDate on, LocalDate today) {
        requireUndecided("S1");
        this.closure = Closure.openedInError(FactDates.check("closedOn", on, today, openedOn, Wording.of("step.opening")), reasons);
        refreshStatus();
    }

    /** S7: the probation ended without a new breach; returns whether the sanction lapsed now. */
    public boolean lapseIfProbationOver(LocalDate today) {
        if (status != BreachStatus.DEFERRED || !today.isAfter(notification.probationEndsOn())) {
            return false;
        }
        this.closure = Closure.probationOver(today);
        refreshStatus();
        return true;
    }

    /** S8: the beneficiary appealed to the labour tribunal on {@code filedOn}. */
    public void appealed(LocalDate filedOn) {
        if (status != BreachStatus.SUSPENDED && status != BreachStatus.DEFERRED && status != BreachStatus.EXECUTED) {
            throw new ConflictException("S8", Wording.of("appeal.notNotified", Codes.of(status)));
        }
        this.appeal = TribunalAppeal.filed(filedOn);
        refreshStatus();
    }

    /** S8: the tribunal's judgment; an annulled sanction is reversed, so that payments are restored. */
    public List<PiisEvent> appealDecided(UUID appealId, boolean annulled, LocalDate on) {
        if (appeal == null) {
            throw new ConflictException("S8", Wording.of("appeal.noneAwaited", Codes.of(status)));
        }
        appeal.judged(annulled ? Appeal.Outcome.ANNULLED : Appeal.Outcome.UPHELD);
        refreshStatus();
        if (!annulled) {
            return List.of();
        }
        return List.of(new SanctionAnnulled(id, appealId, contractId, cpas, beneficiaryId, decision.startsOn(), decision.endsOn(), on));
    }

    private SanctionExecuted executed() {
        return new SanctionExecuted(id, contractId, cpas, beneficiaryId, Codes.of(decision.scope()), decision.percentage(), decision.amount(),
                decision.startsOn(), decision.endsOn());
    }

    private void requireUndecided(String rule) {
        requireNotClosedInError(rule);
        if (!status.undecided()) {
            throw new ConflictException(rule, Wording.of("case.decided"));
        }
    }

    private void requireNotClosedInError(String rule) {
        if (closure != null && closure.openedInError()) {
            throw new ConflictException(rule, Wording.of("case.closedInError", closure.closedOn()));
        }
    }

    /**
     * The one way the status is known: from what the case recorded, the latest step first. The
     * column keeps it only so that lists can filter on it; nothing else writes it.
     */
    private void refreshStatus() {
        status = derivedStatus();
    }

    private BreachStatus derivedStatus() {
        if (appeal != null) {
            return appeal.status();
        }
        if (closure != null) {
            return BreachStatus.CLOSED;
        }
        if (execution != null) {
            return BreachStatus.EXECUTED;
        }
        if (notification != null) {
            return decision.notifiedStatus();
        }
        if (decision != null) {
            return BreachStatus.DECIDED;
        }
        if (hearing != null) {
            return hearing.heldOn() == null ? BreachStatus.HEARING_REQUESTED : BreachStatus.HEARD;
        }
        if (opinion != null) {
            return BreachStatus.OPINION_GIVEN;
        }
        return notice != null ? BreachStatus.NOTICE_SENT : BreachStatus.OPEN;
    }

    public UUID id() {
        return id;
    }

    public String cpas() {
        return cpas;
    }

    public UUID contractId() {
        return contractId;
    }

    public UUID beneficiaryId() {
        return beneficiaryId;
    }

    public BreachStatus status() {
        return status;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public List<BreachFact> facts() {
        return List.copyOf(facts);
    }

    public LocalDate noticeSentOn() {
        return notice == null ? null : notice.sentOn();
    }

    public String noticeSentBy() {
        return notice == null ? null : notice.sentBy();
    }

    public String noticeExpected() {
        return notice == null ? null : notice.expected();
    }

    public LocalDate noticeRespondBy() {
        return notice == null ? null : notice.respondBy();
    }

    public UUID noticeLetterId() {
        return notice == null ? null : notice.letterId();
    }

    public LocalDate noticeAnsweredOn() {
        return notice == null ? null : notice.answeredOn();
    }

    public String noticeAnswer() {
        return notice == null ? null : notice.answer();
    }

    public String opinion() {
        return opinion == null ? null : opinion.text();
    }

    public LocalDate opinionGivenOn() {
        return opinion == null ? null : opinion.givenOn();
    }

    public String opinionGivenBy() {
        return opinion == null ? null : opinion.givenBy();
    }

    public LocalDate hearingRequestedOn() {
        return hearing == null ? null : hearing.requestedOn();
    }

    public LocalDate hearingHeldOn() {
        return hearing == null ? null : hearing.heldOn();
    }

    public Boolean hearingPresent() {
        return hearing == null ? null : hearing.present();
    }

    public String hearingAssistedBy() {
        return hearing == null ? null : hearing.assistedBy();
    }

    public String hearingSummary() {
        return hearing == null ? null : hearing.summary();
    }

    public String hearingRecordedBy() {
        return hearing == null ? null : hearing.recordedBy();
    }

    /** S5: the legitimate reason acknowledged, or null. */
    public LegitimateReason legitimateReason() {
        return legitimateReason;
    }

    public DecisionKind decision() {
        return decision == null ? null : decision.kind();
    }

    public Scope scope() {
        return decision == null ? null : decision.scope();
    }

    public Integer percentage() {
        return decision == null ? null : decision.percentage();
    }

    public BigDecimal amount() {
        return decision == null ? null : decision.amount();
    }

    public Period length() {
        return decision == null ? null : decision.length();
    }

    public LocalDate startsOn() {
        return decision == null ? null : decision.startsOn();
    }

    public LocalDate endsOn() {
        return decision == null ? null : decision.endsOn();
    }

    public String reasons() {
        return decision == null ? null : decision.reasons();
    }

    public LocalDate decidedOn() {
        return decision == null ? null : decision.decidedOn();
    }

    public String decidedBy() {
        return decision == null ? null : decision.decidedBy();
    }

    public Integer capMonths() {
        return decision == null ? null : decision.capMonths();
    }

    public String capReason() {
        return decision == null ? null : decision.capReason();
    }

    public String cpasCheck() {
        return decision == null ? null : decision.cpasCheck();
    }

    public Integer probationMonths() {
        return decision == null ? null : decision.probationMonths();
    }

    public LocalDate probationEndsOn() {
        return notification == null ? null : notification.probationEndsOn();
    }

    public LocalDate postedOn() {
        return notification == null ? null : notification.letter().postedOn();
    }

    public LocalDate notifiedOn() {
        return notification == null ? null : notification.notifiedOn();
    }

    public LocalDate appealDeadline() {
        return notification == null ? null : notification.letter().appealDeadline();
    }

    public String tribunalName() {
        return notification == null ? null : notification.letter().tribunalName();
    }

    public String tribunalAddress() {
        return notification == null ? null : notification.letter().tribunalAddress();
    }

    public UUID decisionLetterId() {
        return notification == null ? null : notification.letter().letterId();
    }

    public String notifiedBy() {
        return notification == null ? null : notification.notifiedBy();
    }

    /** S8: how the decision was notified, or null. */
    public DecisionNotification notification() {
        return notification;
    }

    /** S7: the execution of the deferred sanction, or null. */
    public SanctionExecution execution() {
        return execution;
    }

    /** S1, S7: how the case was closed, or null. */
    public Closure closure() {
        return closure;
    }

    public LocalDate hearingPlannedOn() {
        return hearing == null ? null : hearing.plannedOn();
    }

    public LocalTime hearingStartsAt() {
        return hearing == null ? null : hearing.startsAt();
    }

    public String hearingPlace() {
        return hearing == null ? null : hearing.place();
    }
}
