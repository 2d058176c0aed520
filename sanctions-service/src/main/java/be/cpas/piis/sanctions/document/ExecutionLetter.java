package be.cpas.piis.sanctions.document;

import be.cpas.piis.platform.document.Letter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * S7, S8: the Council's decision to execute a sanction it had deferred, notified like a decision:
 * the sanction and its probation as first notified, the new breach that the Council found during
 * the probation, the suspension now executed, the reasons, and the appeal route with the competent
 * labour tribunal and the last day to appeal; from the CPAS (its letterhead, A4) to the beneficiary
 * at their postal address, signed by the Council's President and the general director.
 *
 * @param scope {@code total} or {@code partial}
 * @param percentage of the RIS suspended, for a partial suspension by percentage
 * @param amount in euros per month suspended, for a partial suspension by amount
 * @param firstDecidedOn the day the Council decided the sanction and deferred it
 * @param firstNotifiedOn the day that decision counted as notified, from which the probation ran
 * @param newBreachOn the day of the new breach during the probation
 * @param executedOn the day the Council decided to execute the sanction
 */
public record ExecutionLetter(UUID breachId, UUID contractId, Letter.Party cpas, Letter.Party beneficiary, String president,
                              String generalDirector, String scope, Integer percentage, BigDecimal amount, LocalDate startsOn,
                              LocalDate endsOn, LocalDate firstDecidedOn, LocalDate firstNotifiedOn, LocalDate probationEndsOn,
                              LocalDate newBreachOn, LocalDate executedOn, String reasons, String tribunalName, String tribunalAddress,
                              LocalDate postedOn, LocalDate notifiedOn, LocalDate appealDeadline) {
}
