package be.cpas.piis.evaluation.document;

import be.cpas.piis.evaluation.domain.LetterKind;
import be.cpas.piis.evaluation.domain.MeetingKind;
import be.cpas.piis.platform.document.Letter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What a convocation or its reminder says (A1, A2), from whom to whom (A4). evaluation-service keeps
 * no personal data (X10): the recipient's name and address are read from contracts-service when the
 * letter is written, and kept only in the letter sent.
 *
 * @param requestedOn the day the beneficiary asked for the interview, for an interview only
 * @param socialWorker the referent social worker, when known
 */
public record ConvocationLetter(LetterKind kind, MeetingKind meeting, UUID meetingId, UUID contractId, Letter.Party cpas,
                                Letter.Party beneficiary, LocalDate day, LocalTime startsAt, String place, LocalDate requestedOn,
                                String socialWorker, LocalDate issuedOn) {

    public boolean reminder() {
        return kind == LetterKind.REMINDER;
    }

    public boolean interview() {
        return meeting == MeetingKind.INTERVIEW;
    }

    public boolean finalEvaluation() {
        return meeting == MeetingKind.FINAL_EVALUATION;
    }
}
