package be.cpas.piis.sanctions.application;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.recipients.LetterRecipients;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.sanctions.document.ComplianceRecord.Safeguard;
import be.cpas.piis.sanctions.document.ComplianceRecord;
import be.cpas.piis.sanctions.document.SanctionLetterRenderer;
import be.cpas.piis.sanctions.document.SanctionMessages;
import be.cpas.piis.sanctions.domain.Appeal;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.Closure;
import be.cpas.piis.sanctions.domain.DecisionKind;
import be.cpas.piis.sanctions.domain.PostedLetter;
import be.cpas.piis.sanctions.domain.SanctionExecution;
import be.cpas.piis.sanctions.persistence.AppealRepository;
import be.cpas.piis.sanctions.persistence.SanctionedContractRepository;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * S2-S8: for one case, every safeguard of the law, whether it was met, when, by whom and what proves
 * it: the file a CPAS hands to the labour tribunal on appeal. Written wholly in one language (A4),
 * titles and evidence alike; what people typed (facts, opinion, reasons) is quoted as typed.
 */
@ApplicationScoped
public class ComplianceRecords {

    @Inject
    SentDocuments sentDocuments;

    @Inject
    AppealRepository appeals;

    @Inject
    SanctionedContractRepository contracts;

    @Inject
    PiisClock clock;

    @Inject
    SanctionLetterRenderer letters;

    @Inject
    CpasSettingsStore cpasSettings;

    @Inject
    LetterRecipients recipients;

    /** A4: the record as a PDF in {@code asked}, else in the file's language, on the CPAS's letterhead, naming the beneficiary. */
    public RecordPdf pdf(BreachCase breach, Optional<Language> asked) {
        Language language = asked.orElseGet(() -> contracts.languageOf(breach.contractId()));
        return new RecordPdf(letters.complianceRecord(of(breach, language), language, cpasSettings.of(breach.cpas()).letterhead(language),
                recipients.nameOf(breach.beneficiaryId())), language);
    }

    /** The record's PDF and the language it is written in. */
    public record RecordPdf(byte[] content, Language language) {
    }

    public ComplianceRecord of(BreachCase breach, Language language) {
        SanctionMessages words = MessageBundles.get(SanctionMessages.class, Localized.Literal.of(DocumentLanguages.codeOf(language)));
        Locale locale = Locale.forLanguageTag(DocumentLanguages.tagOf(language));
        List<SentDocument> sent = sentDocuments.of(breach.id());
        boolean suspension = breach.decision() == DecisionKind.SUSPENSION;
        List<Safeguard> safeguards = new ArrayList<>();
        safeguards.add(new Safeguard("S1", words.safeguardTitle("S1"), true, breach.openedOn(), null, breach.facts().stream()
                .map(fact -> words.factEvidence(Codes.of(fact.origin()), fact.occurredOn(), fact.description()))
                .collect(Collectors.joining(" ; "))));
        safeguards.add(new Safeguard("S2", words.safeguardTitle("S2"), breach.noticeSentOn() != null, breach.noticeSentOn(),
                breach.noticeSentBy(), letter(sent, breach.noticeLetterId())
                        .map(document -> words.noticeEvidence(proof(words, document), breach.noticeRespondBy())).orElse(null)));
        safeguards.add(new Safeguard("S3", words.safeguardTitle("S3"), breach.opinionGivenOn() != null, breach.opinionGivenOn(),
                breach.opinionGivenBy(), breach.opinion()));
        safeguards.add(new Safeguard("S4", words.safeguardTitle("S4"),
                breach.hearingRequestedOn() == null ? null : breach.hearingHeldOn() != null, breach.hearingHeldOn(), breach.hearingRecordedBy(),
                words.hearingEvidence(breach.hearingRequestedOn(), breach.hearingHeldOn(), breach.hearingPresent(), breach.hearingAssistedBy(),
                        breach.hearingSummary())));
        safeguards.add(new Safeguard("S5", words.safeguardTitle("S5"), suspension ? Boolean.TRUE : null, breach.decidedOn(), null,
                words.cpasSideEvidence(breach.legitimateReason() == null ? null : breach.legitimateReason().recordedOn(),
                        breach.legitimateReason() == null ? null : breach.legitimateReason().reason(), breach.cpasCheck())));
        safeguards.add(new Safeguard("S6", words.safeguardTitle("S6"), suspension ? Boolean.TRUE : null, breach.decidedOn(),
                breach.decidedBy(), breach.decision() == null ? null
                        : words.decisionEvidence(Codes.of(breach.decision()), breach.percentage(), breach.amount(), monthsOf(breach.length()),
                                breach.length() == null ? 0 : breach.length().getDays(), breach.startsOn(), breach.endsOn(), breach.capReason(),
                                breach.reasons(), locale)));
        safeguards.add(deferral(words, breach, sent));
        safeguards.add(new Safeguard("S8", words.safeguardTitle("S8"),
                breach.decision() == null ? null : breach.notifiedOn() != null, breach.notifiedOn(), breach.notifiedBy(),
                letter(sent, breach.decisionLetterId()).map(document -> words.notificationEvidence(proof(words, document), breach.postedOn(),
                        breach.tribunalName(), breach.tribunalAddress(), breach.appealDeadline()) + appeals(words, breach.id())).orElse(null)));
        return new ComplianceRecord(breach.id(), breach.contractId(), breach.cpas(), Codes.of(breach.status()), safeguards, clock.today());
    }

    /** S7: a deferral is met by its probation, and its execution only on a new breach, notified like a decision. */
    private static Safeguard deferral(SanctionMessages words, BreachCase breach, List<SentDocument> sent) {
        if (breach.probationMonths() == null) {
            return new Safeguard("S7", words.safeguardTitle("S7"), null, null, null, words.noDeferral());
        }
        SanctionExecution execution = breach.execution();
        Closure closure = breach.closure();
        String outcome = execution != null ? executionEvidence(words, execution, sent)
                : closure != null ? words.lapseEvidence(closure.closedOn()) : words.probationRunning();
        return new Safeguard("S7", words.safeguardTitle("S7"), Boolean.TRUE, execution != null ? execution.decidedOn() : null,
                execution != null ? execution.decidedBy() : null, words.deferralEvidence(breach.probationMonths(), breach.probationEndsOn(), outcome));
    }

    private static String executionEvidence(SanctionMessages words, SanctionExecution execution, List<SentDocument> sent) {
        PostedLetter posted = execution.letter();
        if (posted == null) {
            return words.executionEvidence(execution.decidedOn(), execution.newBreachOn(), null, null, null);
        }
        return words.executionEvidence(execution.decidedOn(), execution.newBreachOn(), posted.postedOn(),
                letter(sent, posted.letterId()).map(document -> proof(words, document)).orElse(null), posted.appealDeadline());
    }

    private static int monthsOf(Period length) {
        return length == null ? 0 : length.getMonths() + 12 * length.getYears();
    }

    private static Optional<SentDocument> letter(List<SentDocument> sent, UUID letterId) {
        return sent.stream().filter(document -> document.id().equals(letterId)).findFirst();
    }

    private static String proof(SanctionMessages words, SentDocument document) {
        return words.letterProof(document.id(), document.sentOn(), Codes.of(document.language()), document.sha256());
    }

    private String appeals(SanctionMessages words, UUID breachId) {
        List<Appeal> filed = appeals.of(breachId);
        return filed.stream().map(appeal -> " ; " + words.appealEvidence(appeal.filedOn(),
                        appeal.outcome() == null ? null : Codes.of(appeal.outcome()), appeal.outcomeOn()))
                .collect(Collectors.joining());
    }
}
