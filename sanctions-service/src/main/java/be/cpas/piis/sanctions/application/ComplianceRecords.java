package be.cpas.piis.sanctions.application;

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
import be.cpas.piis.sanctions.domain.Appeal;
import be.cpas.piis.sanctions.domain.BreachCase;
import be.cpas.piis.sanctions.domain.DecisionKind;
import be.cpas.piis.sanctions.persistence.AppealRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * S2-S8: for one case, every safeguard of the law, whether it was met, when, by whom and what proves
 * it: the file a CPAS hands to the labour tribunal on appeal.
 */
@ApplicationScoped
public class ComplianceRecords {

    @Inject
    SentDocuments sentDocuments;

    @Inject
    AppealRepository appeals;

    @Inject
    PiisClock clock;

    @Inject
    SanctionLetterRenderer letters;

    @Inject
    CpasSettingsStore cpasSettings;

    @Inject
    LetterRecipients recipients;

    /** A4: the record as a PDF in {@code language}, on the CPAS's letterhead, naming the beneficiary. */
    public byte[] pdf(BreachCase breach, Language language) {
        return letters.complianceRecord(of(breach), language, cpasSettings.of(breach.cpas()).letterhead(language),
                recipients.nameOf(breach.beneficiaryId()));
    }

    public ComplianceRecord of(BreachCase breach) {
        List<SentDocument> sent = sentDocuments.of(breach.id());
        boolean suspension = breach.decision() == DecisionKind.SUSPENSION;
        List<Safeguard> safeguards = new ArrayList<>();
        safeguards.add(new Safeguard("S1", "Breach case opened on its facts", true, breach.openedOn(), null,
                breach.facts().stream().map(fact -> Codes.of(fact.origin()) + " on " + fact.occurredOn()
                        + (fact.description() == null ? "" : ": " + fact.description())).collect(Collectors.joining("; "))));
        safeguards.add(new Safeguard("S2", "Formal notice sent before any decision", breach.noticeSentOn() != null, breach.noticeSentOn(),
                breach.noticeSentBy(), letter(sent, breach.noticeLetterId()).map(document -> "Formal notice " + proof(document)
                        + "; answer or hearing asked by " + breach.noticeRespondBy()).orElse(null)));
        safeguards.add(new Safeguard("S3", "Written opinion of the social worker to the Council", breach.opinionGivenOn() != null,
                breach.opinionGivenOn(), breach.opinionGivenBy(), breach.opinion()));
        safeguards.add(new Safeguard("S4", "Hearing before the Council, where asked",
                breach.hearingRequestedOn() == null ? null : breach.hearingHeldOn() != null, breach.hearingHeldOn(), breach.hearingRecordedBy(),
                breach.hearingRequestedOn() == null ? "No hearing asked" : hearing(breach)));
        safeguards.add(new Safeguard("S5", "No suspension without fault: legitimate reason, CPAS side",
                suspension ? Boolean.TRUE : null, breach.decidedOn(), null, cpasSide(breach)));
        safeguards.add(new Safeguard("S6", "Suspension within its cap and start window", suspension ? Boolean.TRUE : null, breach.decidedOn(),
                breach.decidedBy(), breach.decision() == null ? null : decision(breach)));
        safeguards.add(new Safeguard("S7", "Deferral of the execution", breach.probationMonths() == null ? null : Boolean.TRUE,
                breach.executedOn(), null, breach.probationMonths() == null ? "No deferral" : deferral(breach)));
        safeguards.add(new Safeguard("S8", "Notification with reasons, right to be heard, tribunal and appeal deadline",
                breach.decision() == null ? null : breach.notifiedOn() != null, breach.notifiedOn(), breach.notifiedBy(),
                letter(sent, breach.decisionLetterId()).map(document -> "Decision letter " + proof(document) + ", posted on "
                        + breach.postedOn() + "; " + breach.tribunalName() + ", " + breach.tribunalAddress() + "; appeal by "
                        + breach.appealDeadline() + appeals(breach.id())).orElse(null)));
        return new ComplianceRecord(breach.id(), breach.contractId(), breach.cpas(), Codes.of(breach.status()), safeguards, clock.today());
    }

    private static Optional<SentDocument> letter(List<SentDocument> sent, UUID letterId) {
        return sent.stream().filter(document -> document.id().equals(letterId)).findFirst();
    }

    private static String proof(SentDocument document) {
        return document.id() + " sent on " + document.sentOn() + " in " + Codes.of(document.language()) + ", SHA-256 " + document.sha256();
    }

    private static String hearing(BreachCase breach) {
        if (breach.hearingHeldOn() == null) {
            return "Asked on " + breach.hearingRequestedOn() + ", not held yet";
        }
        return "Asked on " + breach.hearingRequestedOn() + "; " + (Boolean.TRUE.equals(breach.hearingPresent()) ? "present" : "absent")
                + (breach.hearingAssistedBy() == null ? "" : ", assisted by " + breach.hearingAssistedBy()) + "; " + breach.hearingSummary();
    }

    private static String cpasSide(BreachCase breach) {
        String reason = breach.legitimateReason() == null ? "No legitimate reason recorded"
                : "Legitimate reason recorded on " + breach.legitimateReasonOn() + ": " + breach.legitimateReason();
        return breach.cpasCheck() == null ? reason : reason + ". " + breach.cpasCheck();
    }

    private static String decision(BreachCase breach) {
        if (breach.decision() == DecisionKind.NO_SANCTION) {
            return "No sanction. Reasons: " + breach.reasons();
        }
        String extent = breach.percentage() != null ? breach.percentage() + " %" : breach.amount() != null ? breach.amount() + " EUR a month" : "total";
        String period = breach.startsOn() == null ? "start set on execution" : "from " + breach.startsOn() + " to " + breach.endsOn();
        return "Suspension (" + extent + ") for " + breach.length() + ", " + period + ". " + breach.capReason() + ". Reasons: " + breach.reasons();
    }

    private static String deferral(BreachCase breach) {
        String outcome = breach.executedOn() != null ? "executed on " + breach.executedOn() + " after a new breach"
                : breach.closedOn() != null ? "lapsed on " + breach.closedOn() + ", no new breach" : "probation running";
        return "Deferred for " + breach.probationMonths() + " month(s)"
                + (breach.probationEndsOn() == null ? "" : " until " + breach.probationEndsOn()) + ", " + outcome;
    }

    private String appeals(UUID breachId) {
        List<Appeal> filed = appeals.of(breachId);
        return filed.stream().map(appeal -> "; appeal filed on " + appeal.filedOn()
                + (appeal.outcome() == null ? ", pending" : ", " + Codes.of(appeal.outcome()) + " on " + appeal.outcomeOn()))
                .collect(Collectors.joining());
    }
}
