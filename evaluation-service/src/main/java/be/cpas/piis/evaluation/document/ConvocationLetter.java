package be.cpas.piis.evaluation.document;

import be.cpas.piis.evaluation.domain.LetterKind;
import be.cpas.piis.evaluation.domain.MeetingKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What a convocation or its reminder says (A1, A2). It names no one: evaluation-service keeps no
 * personal data (X10); the CPAS's mailing puts the letter in an envelope addressed from the
 * beneficiary's file in contracts-service.
 *
 * @param requestedOn the day the beneficiary asked for the interview, for an interview only
 * @param socialWorker the referent social worker, when known
 */
public record ConvocationLetter(LetterKind kind, MeetingKind meeting, UUID meetingId, UUID contractId, String cpas, String office,
                                LocalDate day, LocalTime startsAt, String place, LocalDate requestedOn, String socialWorker,
                                LocalDate issuedOn) {

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
