package be.cpas.piis.sanctions.document;

import be.cpas.piis.platform.document.Letter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * S6-S8: the Council's decision as notified to the beneficiary, with every mention the law requires
 * for the appeal period to run: the reasons, the right to be heard, the competent labour tribunal
 * with its address, and the last day to appeal: from the CPAS (its letterhead, A4) to the beneficiary at
 * their postal address, signed by the Council's President and the general director.
 *
 * @param decision {@code noSanction} or {@code suspension}
 * @param scope {@code total} or {@code partial}, for a suspension
 * @param percentage of the RIS suspended, for a partial suspension by percentage
 * @param amount in euros per month suspended, for a partial suspension by amount
 * @param startsOn the first day suspended, null while a deferred suspension is not executed
 * @param length how long the suspension lasts, e.g. P1M
 * @param probationEndsOn the end of the probation when the execution is deferred (S7), else null
 * @param heardOn the day the Council heard the beneficiary (S4), null when not asked
 * @param recidivism whether the 3-month cap applied (a sanction within the year before the breach)
 */
public record DecisionLetter(UUID breachId, UUID contractId, Letter.Party cpas, Letter.Party beneficiary, String president,
                             String generalDirector, String decision, String scope, Integer percentage,
                             BigDecimal amount, LocalDate startsOn, LocalDate endsOn, Period length, LocalDate probationEndsOn, String reasons,
                             LocalDate decidedOn, LocalDate heardOn, boolean recidivism, String tribunalName, String tribunalAddress,
                             LocalDate postedOn, LocalDate notifiedOn, LocalDate appealDeadline) {

    /** The months of the suspension's length, 0 when it is counted in days only. */
    public int lengthMonths() {
        return length == null ? 0 : length.getMonths() + 12 * length.getYears();
    }

    /** The days of the suspension's length beyond its months. */
    public int lengthDays() {
        return length == null ? 0 : length.getDays();
    }
}
