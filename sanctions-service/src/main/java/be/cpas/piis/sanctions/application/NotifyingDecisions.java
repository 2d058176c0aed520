package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.recipients.LetterRecipients;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.settings.CpasSettings;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.FactDates;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.document.DecisionLetter;
import be.cpas.piis.sanctions.document.SanctionLetterRenderer;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.Notification;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import be.cpas.piis.sanctions.persistence.SanctionedContractRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** S8: a social worker posts the decision letter, with every mention the appeal needs; the decision takes effect. */
@ApplicationScoped
public class NotifyingDecisions {

    public static final String DECISION = "decision";

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
    PostingToTheBeneficiary posting;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCpas caller;

    @Inject
    PiisClock clock;

    @Transactional
    public BreachCase notified(String cpas, UUID breachId, LocalDate postedOn) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        LocalDate posted = FactDates.check("postedOn", postedOn, clock.today(), breach.decidedOn(), Wording.of("step.decision"));
        Language language = contracts.languageOf(breach.contractId());
        Notification notification = posting.posted(cpas, posted, language);
        breach.requireNotifiable(notification);
        byte[] pdf = letters.decision(decisionLetter(breach, notification, language), language);
        SentDocument sent = sentDocuments.keep(cpas, breach.id(), DECISION, language, posted, pdf);
        breach.notified(notification, sent.id(), caller.actorOrNull()).forEach(outbox::record);
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "notified", posted, null, Map.of("letterId", sent.id(),
                "sha256", sent.sha256(), "notifiedOn", notification.notifiedOn(), "appealDeadline", notification.appealDeadline()));
        return breach;
    }

    private DecisionLetter decisionLetter(BreachCase breach, Notification notification, Language language) {
        CpasSettings settings = cpasSettings.of(breach.cpas());
        return new DecisionLetter(breach.id(), breach.contractId(), settings.letterhead(language), recipients.beneficiary(breach.beneficiaryId()),
                settings.president(), settings.generalDirector(), codeOf(breach.decision()),
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
