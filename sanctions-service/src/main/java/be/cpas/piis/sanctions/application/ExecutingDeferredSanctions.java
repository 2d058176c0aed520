package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.recipients.LetterRecipients;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.settings.CpasSettings;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.document.ExecutionLetter;
import be.cpas.piis.sanctions.document.SanctionLetterRenderer;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.BreachStatus;
import be.cpas.piis.sanctions.domain.Notification;
import be.cpas.piis.sanctions.domain.SanctionRules;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import be.cpas.piis.sanctions.persistence.SanctionedContractRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * S7, S8: a new breach, established in its own case during the probation, lets the Council execute
 * the deferred sanction; the execution reaches the beneficiary like a decision, by a letter with
 * its reasons and the appeal route, kept as sent (A3).
 */
@ApplicationScoped
public class ExecutingDeferredSanctions {

    public static final String EXECUTION = "execution";

    @Inject
    BreachCaseRepository breaches;

    @Inject
    SanctionedContractRepository contracts;

    @Inject
    PostingToTheBeneficiary posting;

    @Inject
    SanctionLetterRenderer letters;

    @Inject
    SentDocuments sentDocuments;

    @Inject
    CpasSettingsStore cpasSettings;

    @Inject
    LetterRecipients recipients;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCpas caller;

    @Inject
    PiisClock clock;

    /** {@code decidedOn} and {@code postedOn} default to today: the Council decided, and the letter went out. */
    @Transactional
    public BreachCase executed(String cpas, UUID breachId, LocalDate startsOn, LocalDate decidedOn, String reasons, LocalDate postedOn) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        LocalDate today = clock.today();
        LocalDate decided = decidedOn == null ? today : decidedOn;
        LocalDate newBreachOn = breach.status() == BreachStatus.DEFERRED
                ? breaches.newBreachOf(breach, breach.notifiedOn(), breach.probationEndsOn()).orElse(null)
                : null;
        Language language = contracts.languageOf(breach.contractId());
        Notification notification = posting.posted(cpas, postedOn == null ? today : postedOn, language);
        breach.requireExecutable(startsOn, newBreachOn, decided, reasons, notification, today);
        byte[] pdf = letters.execution(executionLetter(breach, startsOn, newBreachOn, decided, reasons, notification, language), language);
        SentDocument sent = sentDocuments.keep(cpas, breach.id(), EXECUTION, language, notification.postedOn(), pdf);
        outbox.record(breach.executed(startsOn, newBreachOn, decided, reasons, caller.actorOrNull(), notification, sent.id(), today));
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "executed", decided, null, Map.of("startsOn", breach.startsOn(),
                "endsOn", breach.endsOn(), "newBreachOn", newBreachOn, "letterId", sent.id(), "sha256", sent.sha256(),
                "notifiedOn", notification.notifiedOn(), "appealDeadline", notification.appealDeadline()));
        return breach;
    }

    /** The letter as the suspension will run: from {@code startsOn}, for the length the Council decided at first. */
    private ExecutionLetter executionLetter(BreachCase breach, LocalDate startsOn, LocalDate newBreachOn, LocalDate decidedOn, String reasons,
                                            Notification notification, Language language) {
        CpasSettings settings = cpasSettings.of(breach.cpas());
        return new ExecutionLetter(breach.id(), breach.contractId(), settings.letterhead(language), recipients.beneficiary(breach.beneficiaryId()),
                settings.president(), settings.generalDirector(), Codes.of(breach.scope()), breach.percentage(), breach.amount(), startsOn,
                SanctionRules.endOf(startsOn, breach.length(), breach.capMonths()), breach.decidedOn(), breach.notifiedOn(), breach.probationEndsOn(), newBreachOn,
                decidedOn, reasons, notification.tribunalName(), notification.tribunalAddress(), notification.postedOn(),
                notification.notifiedOn(), notification.appealDeadline());
    }
}
