package be.cpas.piis.sanctions.document;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.Letter;
import be.cpas.piis.platform.document.LetterLayout;
import be.cpas.piis.platform.document.XhtmlToPdf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * S2, S4, S6-S8: renders the formal notice, the hearing convocation, the decision letter, the
 * execution of a deferred sanction and the compliance record as PDFs in French, Dutch or German. The templates in
 * {@code templates/sanctionLetters/} write each one's text, the platform's {@link LetterLayout} frames
 * it (A4); the {@code sanction} message bundle ({@link SanctionMessages}) gives the fixed texts.
 */
@ApplicationScoped
public class SanctionLetterRenderer {

    @CheckedTemplate(basePath = "sanctionLetters")
    static class Templates {
        static native TemplateInstance formalNotice(FormalNoticeLetter letter, Locale locale);

        static native TemplateInstance decision(DecisionLetter letter, Locale locale);

        static native TemplateInstance execution(ExecutionLetter letter, Locale locale);

        static native TemplateInstance complianceRecord(ComplianceRecord record, String beneficiary, String cpasName);

        static native TemplateInstance hearingConvocation(HearingConvocation letter, Locale locale);
    }

    private final XhtmlToPdf pdf = new XhtmlToPdf();

    public byte[] formalNotice(FormalNoticeLetter letter, Language language) {
        SanctionMessages words = wordsOf(language);
        return render(signedByTheCpas(language, words, letter.cpas(), letter.beneficiary(), letter.issuedOn(), letter.contractId(),
                letter.breachId(), words.noticeTitle(), words.noticeSignature(letter.cpas().name())),
                Templates.formalNotice(letter, localeOf(language)), language);
    }

    public byte[] hearingConvocation(HearingConvocation letter, Language language) {
        SanctionMessages words = wordsOf(language);
        return render(signedByTheCpas(language, words, letter.cpas(), letter.beneficiary(), letter.issuedOn(), letter.contractId(),
                letter.breachId(), words.hearingConvocationTitle(), words.decisionSignature(letter.cpas().name())),
                Templates.hearingConvocation(letter, localeOf(language)), language);
    }

    /** A4: the Council's decision is signed by its President and the general director. */
    public byte[] decision(DecisionLetter letter, Language language) {
        SanctionMessages words = wordsOf(language);
        return render(signedByTheCouncil(language, words, letter.cpas(), letter.beneficiary(), letter.postedOn(), letter.contractId(),
                letter.breachId(), words.decisionTitle(), letter.president(), letter.generalDirector()),
                Templates.decision(letter, localeOf(language)), language);
    }

    /** S7, A4: the execution of a deferred sanction is a decision of the Council, signed like one. */
    public byte[] execution(ExecutionLetter letter, Language language) {
        SanctionMessages words = wordsOf(language);
        return render(signedByTheCouncil(language, words, letter.cpas(), letter.beneficiary(), letter.postedOn(), letter.contractId(),
                letter.breachId(), words.executionTitle(), letter.president(), letter.generalDirector()),
                Templates.execution(letter, localeOf(language)), language);
    }

    /** The record kept for the tribunal rather than posted: the CPAS's letterhead, no recipient. */
    public byte[] complianceRecord(ComplianceRecord record, Language language, Letter.Party cpas, String beneficiary) {
        SanctionMessages words = wordsOf(language);
        Letter frame = new Letter(language, cpas, null, record.issuedOn(), references(language, words, record.contractId(), record.breachId()),
                words.recordTitle(), List.of(), words.caseFile(record.breachId()));
        return render(frame, Templates.complianceRecord(record, beneficiary, cpas.name()), language);
    }

    /** The frame of a decision of the Council, signed by its President and the general director. */
    private static Letter signedByTheCouncil(Language language, SanctionMessages words, Letter.Party cpas, Letter.Party beneficiary,
                                             LocalDate dated, UUID contractId, UUID breachId, String title, String president,
                                             String generalDirector) {
        return new Letter(language, cpas, beneficiary, dated, references(language, words, contractId, breachId), title,
                List.of(new Letter.Signatory(words.presidentFunction(), president),
                        new Letter.Signatory(words.generalDirectorFunction(), generalDirector)),
                words.caseFile(breachId));
    }

    /** The frame of a letter the CPAS signs as a service, with no person's signature. */
    private static Letter signedByTheCpas(Language language, SanctionMessages words, Letter.Party cpas, Letter.Party beneficiary,
                                          LocalDate dated, UUID contractId, UUID breachId, String title, String signature) {
        return new Letter(language, cpas, beneficiary, dated, references(language, words, contractId, breachId), title,
                List.of(new Letter.Signatory(signature, "")), words.caseFile(breachId));
    }

    private static List<Letter.Reference> references(Language language, SanctionMessages words, UUID contractId, UUID breachId) {
        return List.of(LetterLayout.ourReference(language, words.reference(contractId) + " – " + words.caseFile(breachId)));
    }

    private byte[] render(Letter frame, TemplateInstance body, Language language) {
        return pdf.convert(LetterLayout.page(frame, body.setLocale(localeOf(language)).render()));
    }

    private static SanctionMessages wordsOf(Language language) {
        return MessageBundles.get(SanctionMessages.class, Localized.Literal.of(DocumentLanguages.codeOf(language)));
    }

    private static Locale localeOf(Language language) {
        return Locale.forLanguageTag(DocumentLanguages.tagOf(language));
    }
}
