package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.CalendarInvitation;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.time.FactDates;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.document.DecisionLetter;
import be.cpas.piis.sanctions.document.FormalNoticeLetter;
import be.cpas.piis.sanctions.document.HearingConvocation;
import be.cpas.piis.sanctions.document.SanctionLetterRenderer;
import be.cpas.piis.sanctions.domain.Appeal;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.BreachFact;
import be.cpas.piis.sanctions.domain.BreachStatus;
import be.cpas.piis.sanctions.domain.CpasSide;
import be.cpas.piis.sanctions.domain.DecisionProposal;
import be.cpas.piis.sanctions.domain.Notification;
import be.cpas.piis.sanctions.domain.Origin;
import be.cpas.piis.sanctions.domain.SanctionedContract;
import be.cpas.piis.sanctions.persistence.AppealRepository;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import be.cpas.piis.sanctions.persistence.CpasFailureRepository;
import be.cpas.piis.sanctions.persistence.SanctionedContractRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * S1-S8 as the social worker and the Council go through a case: each step in one transaction with
 * its letter kept as evidence (A3), its events through the outbox and its audit entry (X4).
 */
@ApplicationScoped
public class HandlingBreaches {

    public static final String FORMAL_NOTICE = "formalNotice";
    public static final String DECISION = "decision";
    public static final String HEARING_CONVOCATION = "hearingConvocation";

    private static final Duration HEARING_LENGTH = Duration.ofMinutes(30);

    @Inject
    BreachCaseRepository breaches;

    @Inject
    AppealRepository appeals;

    @Inject
    SanctionedContractRepository contracts;

    @Inject
    CpasFailureRepository cpasFailures;

    @Inject
    ReportingBreaches reporting;

    @Inject
    SanctionLetterRenderer letters;

    @Inject
    SentDocuments sentDocuments;

    @Inject
    SanctionSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCpas caller;

    @Inject
    PiisClock clock;

    /** S1, X9: a social worker reports a breach of the contract with its facts. */
    @Transactional
    public BreachCase reported(String cpas, UUID contractId, String description, LocalDate occurredOn) {
        SanctionedContract contract = contracts.findInCpas(contractId, cpas)
                .orElseThrow(() -> new ResourceNotFoundException("Contract", contractId));
        LocalDate day = FactDates.check("occurredOn", occurredOn, clock.today(), contract.signedOn(), "the contract's signature");
        return reporting.report(cpas, contractId, contract.beneficiaryId(), new BreachFact(Origin.REPORTED, null, day, description));
    }

    /** S2: the formal notice, rendered in the beneficiary's language, kept as sent, announced with FormalNoticeSent. */
    @Transactional
    public BreachCase noticeSent(String cpas, UUID breachId, String expected, LocalDate respondBy, LocalDate sentOn) {
        BreachCase breach = find(cpas, breachId);
        LocalDate day = sentOn == null ? clock.today() : sentOn;
        LocalDate answerBy = respondBy == null ? day.plus(settings.noticeResponseTime()) : respondBy;
        FormalNoticeLetter letter = new FormalNoticeLetter(breach.id(), breach.contractId(), settings.nameOf(cpas),
                breach.facts().stream().map(fact -> new FormalNoticeLetter.Fact(fact.occurredOn(),
                        Codes.of(fact.origin()), fact.description())).toList(),
                expected, answerBy, day);
        Language language = languageOf(breach);
        byte[] pdf = letters.formalNotice(letter, language);
        SentDocument sent = sentDocuments.keep(cpas, breach.id(), FORMAL_NOTICE, language, day, pdf);
        outbox.record(breach.noticeSent(expected, answerBy, day, caller.actorOrNull(), clock.today(), sent.id()));
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "noticeSent", day, null,
                Map.of("letterId", sent.id(), "sha256", sent.sha256(), "respondBy", answerBy));
        return breach;
    }

    /** S2: the beneficiary's answer to the formal notice. */
    @Transactional
    public BreachCase noticeAnswered(String cpas, UUID breachId, String answer, LocalDate answeredOn) {
        BreachCase breach = find(cpas, breachId);
        breach.noticeAnswered(answer, answeredOn, clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "noticeAnswered", breach.noticeAnsweredOn(), null, Map.of("answer", answer));
        return breach;
    }

    /** S3. */
    @Transactional
    public BreachCase opinionGiven(String cpas, UUID breachId, String opinion, LocalDate givenOn) {
        BreachCase breach = find(cpas, breachId);
        breach.opinionGiven(opinion, givenOn, caller.actorOrNull(), clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "opinionGiven", breach.opinionGivenOn(), null, Map.of("opinion", opinion));
        return breach;
    }

    /** S4. */
    @Transactional
    public BreachCase hearingRequested(String cpas, UUID breachId, LocalDate requestedOn) {
        BreachCase breach = find(cpas, breachId);
        breach.hearingRequested(requestedOn, clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "hearingRequested", breach.hearingRequestedOn(), null,
                Map.of("status", breach.status()));
        return breach;
    }

    /** A1, S4: the day, time and place of the hearing. */
    @Transactional
    public BreachCase hearingPlanned(String cpas, UUID breachId, LocalDate day, LocalTime startsAt, String place) {
        BreachCase breach = find(cpas, breachId);
        breach.hearingPlanned(day, startsAt, place, clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "hearingPlanned", clock.today(), null,
                Map.of("plannedOn", day, "startsAt", startsAt, "place", place));
        return breach;
    }

    /** A convocation in the language asked for, else the beneficiary's, else French. */
    public record RenderedLetter(byte[] pdf, Language language) {
    }

    /** A1, S4: the convocation to the hearing. */
    @Transactional
    public RenderedLetter hearingConvocation(String cpas, UUID breachId, Optional<Language> asked) {
        BreachCase breach = find(cpas, breachId);
        breach.requireHearingPlanned();
        Language language = asked.orElseGet(() -> languageOf(breach));
        HearingConvocation letter = new HearingConvocation(breach.id(), breach.contractId(), settings.nameOf(cpas), breach.hearingRequestedOn(),
                breach.hearingPlannedOn(), breach.hearingStartsAt(), breach.hearingPlace(), clock.today());
        return new RenderedLetter(letters.hearingConvocation(letter, language), language);
    }

    /** A1, S4: the hearing as a calendar event, named by the case so that a calendar updates it when it moves. */
    @Transactional
    public byte[] hearingCalendarEvent(String cpas, UUID breachId) {
        BreachCase breach = find(cpas, breachId);
        breach.requireHearingPlanned();
        return new CalendarInvitation(breach.id(), breach.hearingPlannedOn().atTime(breach.hearingStartsAt()).atZone(PiisClock.BRUSSELS),
                HEARING_LENGTH, "Audition / Verhoor – " + settings.nameOf(cpas), breach.hearingPlace(), "PIIS " + breach.contractId(),
                settings.senderOf(cpas)).toIcs(clock.now());
    }

    /** A3, X9: the convocation to the hearing went out on {@code sentOn}; the very letter is kept. */
    @Transactional
    public SentDocument hearingConvocationSent(String cpas, UUID breachId, Optional<Language> asked, LocalDate sentOn) {
        RenderedLetter letter = hearingConvocation(cpas, breachId, asked);
        LocalDate day = FactDates.check("sentOn", sentOn, clock.today(), find(cpas, breachId).hearingRequestedOn(), "the request");
        SentDocument sent = sentDocuments.keep(cpas, breachId, HEARING_CONVOCATION, letter.language(), day, letter.pdf());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "hearingConvocationSent", day, null,
                Map.of("letterId", sent.id(), "sha256", sent.sha256()));
        return sent;
    }

    /** S4. */
    @Transactional
    public BreachCase heard(String cpas, UUID breachId, LocalDate heldOn, boolean present, String assistedBy, String summary) {
        BreachCase breach = find(cpas, breachId);
        breach.heard(heldOn, present, assistedBy, summary, caller.actorOrNull(), clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "heard", breach.hearingHeldOn(), null,
                Map.of("present", present, "summary", summary));
        return breach;
    }

    /** S5: the Council acknowledges a legitimate reason. */
    @Transactional
    public BreachCase legitimateReason(String cpas, UUID breachId, String reason, LocalDate recordedOn) {
        BreachCase breach = find(cpas, breachId);
        breach.legitimateReasonRecorded(reason, recordedOn, clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "legitimateReasonRecorded", breach.legitimateReasonOn(), null,
                Map.of("reason", reason));
        return breach;
    }

    /** S2-S7: the Council's decision, with the service's own checks of the CPAS side (S5) and of recidivism (S6). */
    @Transactional
    public BreachCase decided(String cpas, UUID breachId, DecisionProposal proposal) {
        BreachCase breach = find(cpas, breachId);
        LocalDate decidedOn = proposal.decidedOn() == null ? clock.today() : proposal.decidedOn();
        CpasSide cpasSide = cpasFailures.sideOf(breach.contractId(), breach.breachOn().minus(settings.cpasFailureLookback()), decidedOn);
        breach.decide(proposal, breaches.recidivism(breach), cpasSide, caller.actorOrNull(), clock.today());
        breaches.flush();
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "decided", breach.decidedOn(), null, Map.of("decision", breach.decision(),
                "capReason", breach.capReason(), "cpasCheck", breach.cpasCheck()));
        return breach;
    }

    /** S8: the decision letter, with every mention the appeal needs, is posted; the decision takes effect. */
    @Transactional
    public BreachCase notified(String cpas, UUID breachId, LocalDate postedOn) {
        BreachCase breach = find(cpas, breachId);
        LocalDate posted = FactDates.check("postedOn", postedOn, clock.today(), breach.decidedOn(), "the decision");
        Optional<SanctionSettings.Cpas> own = Optional.ofNullable(settings.cpas().get(cpas));
        Notification notification = Notification.posted(posted, own.flatMap(SanctionSettings.Cpas::tribunalName).orElse(null),
                own.flatMap(SanctionSettings.Cpas::tribunalAddress).orElse(null));
        breach.requireNotifiable(notification);
        Language language = languageOf(breach);
        byte[] pdf = letters.decision(decisionLetter(breach, notification), language);
        SentDocument sent = sentDocuments.keep(cpas, breach.id(), DECISION, language, posted, pdf);
        breach.notified(notification, sent.id(), caller.actorOrNull()).forEach(outbox::record);
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "notified", posted, null, Map.of("letterId", sent.id(),
                "sha256", sent.sha256(), "notifiedOn", notification.notifiedOn(), "appealDeadline", notification.appealDeadline()));
        return breach;
    }

    /** S7: a new breach during the probation lets the Council execute the deferred sanction. */
    @Transactional
    public BreachCase executed(String cpas, UUID breachId, LocalDate startsOn, LocalDate executedOn) {
        BreachCase breach = find(cpas, breachId);
        LocalDate newBreachOn = breach.status() == BreachStatus.DEFERRED
                ? breaches.newBreachOf(breach, breach.notifiedOn(), breach.probationEndsOn()).orElse(null)
                : null;
        outbox.record(breach.executeDeferred(startsOn, newBreachOn, executedOn == null ? clock.today() : executedOn, clock.today()));
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "executed", breach.executedOn(), null,
                Map.of("startsOn", breach.startsOn(), "endsOn", breach.endsOn(), "newBreachOn", newBreachOn));
        return breach;
    }

    /** S8: the beneficiary appealed. */
    @Transactional
    public Appeal appealFiled(String cpas, UUID breachId, LocalDate filedOn) {
        BreachCase breach = find(cpas, breachId);
        Appeal appeal = Appeal.filed(breach, filedOn, clock.today(), clock.now());
        appeals.persist(appeal);
        outbox.record(appeal.filedEvent(breach));
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "appealed", appeal.filedOn(), null, Map.of("appealId", appeal.id()));
        return appeal;
    }

    /** S8: the tribunal's judgment; an annulled sanction publishes its reversal. */
    @Transactional
    public Appeal appealJudged(String cpas, UUID appealId, Appeal.Outcome outcome, LocalDate judgedOn) {
        Appeal appeal = appeals.findInCpas(appealId, cpas).orElseThrow(() -> new ResourceNotFoundException("Appeal", appealId));
        appeal.judged(outcome, judgedOn, clock.today());
        BreachCase breach = breaches.findById(appeal.breachId());
        breach.appealDecided(appeal.id(), outcome == Appeal.Outcome.ANNULLED, appeal.outcomeOn()).forEach(outbox::record);
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breach.id(), "appealJudged", appeal.outcomeOn(), null,
                Map.of("appealId", appeal.id(), "outcome", outcome));
        return appeal;
    }

    public BreachCase find(String cpas, UUID breachId) {
        return breaches.inCpas(cpas, breachId);
    }

    private Language languageOf(BreachCase breach) {
        return contracts.findByIdOptional(breach.contractId()).map(SanctionedContract::language).orElse(Language.FR);
    }

    private DecisionLetter decisionLetter(BreachCase breach, Notification notification) {
        return new DecisionLetter(breach.id(), breach.contractId(), settings.nameOf(breach.cpas()), codeOf(breach.decision()),
                codeOf(breach.scope()), breach.percentage(), breach.amount(), breach.startsOn(), breach.endsOn(), breach.length(),
                breach.probationMonths() == null ? null : notification.notifiedOn().plusMonths(breach.probationMonths()), breach.reasons(),
                breach.decidedOn(), breach.hearingHeldOn(), breach.capMonths() != null && breach.capMonths() > 1,
                notification.tribunalName(), notification.tribunalAddress(), notification.postedOn(), notification.notifiedOn(),
                notification.appealDeadline());
    }

    private static String codeOf(Enum<?> value) {
        return value == null ? null : Codes.of(value);
    }
}
