package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.CalendarInvitation;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.recipients.LetterRecipients;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.settings.CpasSettings;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.FactDates;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.document.HearingConvocation;
import be.cpas.piis.sanctions.document.SanctionLetterRenderer;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
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

/** S4, A1: the beneficiary asks to be heard; the hearing is planned, convoked and recorded before the Council decides. */
@ApplicationScoped
public class HearingBeneficiaries {

    public static final String HEARING_CONVOCATION = "hearingConvocation";

    private static final Duration HEARING_LENGTH = Duration.ofMinutes(30);

    @Inject
    BreachCaseRepository breaches;

    @Inject
    SanctionedContractRepository contracts;

    @Inject
    SanctionLetterRenderer letters;

    @Inject
    SentDocuments sentDocuments;

    @Inject
    CpasSettingsStore cpasSettings;

    @Inject
    LetterRecipients recipients;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCpas caller;

    @Inject
    PiisClock clock;

    /** S4. */
    @Transactional
    public BreachCase hearingRequested(String cpas, UUID breachId, LocalDate requestedOn) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        breach.hearingRequested(requestedOn, clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "hearingRequested", breach.hearingRequestedOn(), null,
                Map.of("status", breach.status()));
        return breach;
    }

    /** A1, S4: the day, time and place of the hearing. */
    @Transactional
    public BreachCase hearingPlanned(String cpas, UUID breachId, LocalDate day, LocalTime startsAt, String place) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
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
        BreachCase breach = breaches.inCpas(cpas, breachId);
        breach.requireHearingPlanned();
        Language language = asked.orElseGet(() -> contracts.languageOf(breach.contractId()));
        HearingConvocation letter = new HearingConvocation(breach.id(), breach.contractId(), cpasSettings.of(cpas).letterhead(language),
                recipients.beneficiary(breach.beneficiaryId()), breach.hearingRequestedOn(),
                breach.hearingPlannedOn(), breach.hearingStartsAt(), breach.hearingPlace(), clock.today());
        return new RenderedLetter(letters.hearingConvocation(letter, language), language);
    }

    /** A1, S4: the hearing as a calendar event, named by the case so that a calendar updates it when it moves. */
    @Transactional
    public byte[] hearingCalendarEvent(String cpas, UUID breachId) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        breach.requireHearingPlanned();
        CpasSettings own = cpasSettings.of(cpas);
        return new CalendarInvitation(breach.id(), breach.hearingPlannedOn().atTime(breach.hearingStartsAt()).atZone(PiisClock.BRUSSELS),
                HEARING_LENGTH, "Audition / Verhoor – " + own.name(contracts.languageOf(breach.contractId())), breach.hearingPlace(),
                "PIIS " + breach.contractId(), own.senderEmail()).toIcs(clock.now());
    }

    /** A3, X9: the convocation to the hearing went out on {@code sentOn}; the very letter is kept. */
    @Transactional
    public SentDocument hearingConvocationSent(String cpas, UUID breachId, Optional<Language> asked, LocalDate sentOn) {
        RenderedLetter letter = hearingConvocation(cpas, breachId, asked);
        LocalDate day = FactDates.check("sentOn", sentOn, clock.today(), breaches.inCpas(cpas, breachId).hearingRequestedOn(), Wording.of("step.hearingRequest"));
        SentDocument sent = sentDocuments.keep(cpas, breachId, HEARING_CONVOCATION, letter.language(), day, letter.pdf());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "hearingConvocationSent", day, null,
                Map.of("letterId", sent.id(), "sha256", sent.sha256()));
        return sent;
    }

    /** S4. */
    @Transactional
    public BreachCase heard(String cpas, UUID breachId, LocalDate heldOn, boolean present, String assistedBy, String summary) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        breach.heard(heldOn, present, assistedBy, summary, caller.actorOrNull(), clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "heard", breach.hearingHeldOn(), null,
                Map.of("present", present, "summary", summary));
        return breach;
    }
}
