package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.recipients.LetterRecipients;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.document.FormalNoticeLetter;
import be.cpas.piis.sanctions.document.SanctionLetterRenderer;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.persistence.BreachCaseRepository;
import be.cpas.piis.sanctions.persistence.SanctionedContractRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** S2: a social worker sends the formal notice, then records the beneficiary's answer. */
@ApplicationScoped
public class SendingFormalNotices {

    public static final String FORMAL_NOTICE = "formalNotice";

    @Inject
    BreachCaseRepository breaches;

    @Inject
    SanctionedContractRepository contracts;

    @Inject
    SanctionLetterRenderer letters;

    @Inject
    SentDocuments sentDocuments;

    @Inject
    SanctionSettings settings;

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

    /** The notice, rendered in the beneficiary's language, kept as sent (A3), announced with FormalNoticeSent. */
    @Transactional
    public BreachCase noticeSent(String cpas, UUID breachId, String expected, LocalDate respondBy, LocalDate sentOn) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        LocalDate day = sentOn == null ? clock.today() : sentOn;
        LocalDate answerBy = respondBy == null ? day.plus(settings.noticeResponseTime()) : respondBy;
        Language language = contracts.languageOf(breach.contractId());
        FormalNoticeLetter letter = new FormalNoticeLetter(breach.id(), breach.contractId(), cpasSettings.of(cpas).letterhead(language),
                recipients.beneficiary(breach.beneficiaryId()),
                breach.facts().stream().map(fact -> new FormalNoticeLetter.Fact(fact.occurredOn(),
                        Codes.of(fact.origin()), fact.description())).toList(),
                expected, answerBy, day);
        byte[] pdf = letters.formalNotice(letter, language);
        SentDocument sent = sentDocuments.keep(cpas, breach.id(), FORMAL_NOTICE, language, day, pdf);
        outbox.record(breach.noticeSent(expected, answerBy, day, caller.actorOrNull(), clock.today(), sent.id()));
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "noticeSent", day, null,
                Map.of("letterId", sent.id(), "sha256", sent.sha256(), "respondBy", answerBy));
        return breach;
    }

    /** The beneficiary's answer, which lets the Council decide before the answer date. */
    @Transactional
    public BreachCase noticeAnswered(String cpas, UUID breachId, String answer, LocalDate answeredOn) {
        BreachCase breach = breaches.inCpas(cpas, breachId);
        breach.noticeAnswered(answer, answeredOn, clock.today());
        audit.record(cpas, ReportingBreaches.AUDITED_AS, breachId, "noticeAnswered", breach.noticeAnsweredOn(), null, Map.of("answer", answer));
        return breach;
    }
}
