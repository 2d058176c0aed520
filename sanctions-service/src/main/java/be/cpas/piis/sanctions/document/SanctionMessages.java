package be.cpas.piis.sanctions.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;

/**
 * The fixed texts of the formal notice, the decision letter and the compliance record,
 * {@code {sanction:...}} in their templates: French in {@code messages/sanction_fr.properties} (the
 * default), Dutch and German beside it. One bundle serves the three documents, which share their
 * dates, references and page. The build checks each text against the parameters declared here.
 */
@MessageBundle(value = "sanction", locale = "fr")
public interface SanctionMessages {

    /**
     * Figures, for tables and references only: openhtmltopdf may break a line after a slash, as in a
     * link, so running text writes its dates in words.
     */
    @Message
    String date(LocalDate date);

    /** The date in words, for running text; in {@code locale}, as the template's own locale does not reach date patterns. */
    @Message
    String longDate(LocalDate date, Locale locale);

    /** The date in words with its weekday, for a day the beneficiary must act by. */
    @Message
    String day(LocalDate date, Locale locale);

    /** An amount in euros, written as the language writes it; {@code locale} for the separators, as for {@link #day}. */
    @Message
    String euros(BigDecimal amount, Locale locale);

    @Message
    String reference(UUID contractId);

    @Message
    String caseFile(UUID breachId);

    @Message
    String salutation();

    @Message
    String closing();

    @Message
    String noticeTitle();

    @Message
    String noticeIntro();

    @Message
    String factsHeading();

    @Message
    String factDateColumn();

    @Message
    String factColumn();

    /** What the service saw, by the fact's origin; a fact a social worker reported is told by its description alone. */
    @Message
    String fact(String origin, LocalDate date, Locale locale);

    @Message
    String expectedHeading();

    @Message
    String rightsHeading();

    @Message
    String interviewRight();

    @Message
    String hearingRight(LocalDate respondBy, Locale locale);

    @Message
    String consequencesHeading();

    @Message
    String consequences();

    @Message
    String noDecisionBeforeAnswer();

    @Message
    String noticeSignature(String office);

    @Message
    String decisionTitle();

    @Message
    String decisionIntro(LocalDate decidedOn, Locale locale);

    @Message
    String decisionHeading();

    @Message
    String noSanction();

    /** A total suspension, or a partial one by percentage or by a monthly amount, whichever the decision gives. */
    @Message
    String suspension(String scope, Integer percentage, BigDecimal amount, LocalDate startsOn, LocalDate endsOn, int months, int days,
                      Locale locale);

    /** How long a suspension lasts, before its days are set (a deferred one). */
    @Message
    String duration(int months, int days);

    @Message
    String deferral(LocalDate probationEndsOn, Locale locale);

    @Message
    String recidivism();

    @Message
    String reasonsHeading();

    @Message
    String hearingHeading();

    @Message
    String heard(LocalDate heardOn, Locale locale);

    @Message
    String notHeard();

    @Message
    String appealHeading();

    @Message
    String appeal();

    @Message
    String tribunalLabel();

    @Message
    String appealDeadline(LocalDate deadline, Locale locale);

    @Message
    String notification(LocalDate postedOn, LocalDate notifiedOn, Locale locale);

    @Message
    String appealAssistance();

    @Message
    String decisionSignature(String office);

    @Message
    String executionTitle();

    @Message
    String executionIntro(LocalDate firstDecidedOn, LocalDate firstNotifiedOn, LocalDate probationEndsOn, Locale locale);

    @Message
    String executionFinding(LocalDate executedOn, LocalDate newBreachOn, Locale locale);

    @Message
    String executionHeard();

    @Message
    String recordTitle();

    @Message
    String recordIntro();

    @Message
    String caseLabel();

    @Message
    String contractLabel();

    @Message
    String cpasLabel();

    @Message
    String statusLabel();

    @Message
    String ruleColumn();

    @Message
    String safeguardColumn();

    @Message
    String metColumn();

    @Message
    String onColumn();

    @Message
    String byColumn();

    @Message
    String evidenceColumn();

    /** Not applicable when {@code met} is null: no hearing was asked, or no sanction was decided. */
    @Message
    String met(Boolean met);

    /** Stands where a safeguard names no one: the service checked it itself. */
    @Message
    String byService();

    /** A time of day, 09:30. */
    @Message
    String time(LocalTime time);

    @Message
    String hearingConvocationTitle();

    @Message
    String hearingConvocationIntro(LocalDate requestedOn, Locale locale);

    @Message
    String hearingDayLabel();

    @Message
    String hearingTimeLabel();

    @Message
    String hearingPlaceLabel();

    @Message
    String hearingAssistance();

    @Message
    String hearingFile();

    @Message
    String hearingBringHeading();

    @Message
    String hearingBring();

    @Message
    String hearingAbsence();

    @Message
    String beneficiaryLabel();

    /** A case's status code ({@code noticeSent}) as the tribunal reads it. */
    @Message
    String caseStatus(String status);

    /** What the safeguard of {@code rule} (S1 … S8) is, in a few words. */
    @Message
    String safeguardTitle(String rule);

    @Message
    String factEvidence(String origin, LocalDate date, String description);

    @Message
    String letterProof(UUID letterId, LocalDate sentOn, String language, String sha256);

    @Message
    String noticeEvidence(String letter, LocalDate respondBy);

    @Message
    String hearingEvidence(LocalDate requestedOn, LocalDate heldOn, Boolean present, String assistedBy, String summary);

    @Message
    String cpasSideEvidence(LocalDate legitimateReasonOn, String legitimateReason, String cpasCheck);

    @Message
    String decisionEvidence(String decision, Integer percentage, BigDecimal amount, int months, int days, LocalDate startsOn,
                            LocalDate endsOn, String capReason, String reasons, Locale locale);

    @Message
    String noDeferral();

    @Message
    String deferralEvidence(Integer months, LocalDate probationEndsOn, String outcome);

    @Message
    String executionEvidence(LocalDate executedOn, LocalDate newBreachOn, LocalDate postedOn, String letter, LocalDate appealDeadline);

    @Message
    String lapseEvidence(LocalDate closedOn);

    @Message
    String probationRunning();

    @Message
    String notificationEvidence(String letter, LocalDate postedOn, String tribunalName, String tribunalAddress, LocalDate appealDeadline);

    @Message
    String appealEvidence(LocalDate filedOn, String outcome, LocalDate outcomeOn);

    @Message
    String presidentFunction();

    @Message
    String generalDirectorFunction();
}
