package be.cpas.piis.sanctions.document;

import be.cpas.piis.platform.document.Letter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * S2: the formal notice (mise en demeure) sent to the beneficiary before any decision: the facts,
 * what the CPAS expects, the right to an interview and to be heard by the Council, and what may
 * follow: from the CPAS (its letterhead, A4) to the beneficiary at their postal address.
 *
 * @param expected what the beneficiary is asked to do, as the social worker wrote it
 * @param respondBy the day by which the beneficiary may answer or ask to be heard
 */
public record FormalNoticeLetter(UUID breachId, UUID contractId, Letter.Party cpas, Letter.Party beneficiary, List<Fact> facts, String expected, LocalDate respondBy,
                                 LocalDate issuedOn) {

    /**
     * One fact of the case. {@code origin} is {@code evaluationMissed}, {@code resultsOverdue},
     * {@code stepOverdue} or {@code reported} (written by a social worker); {@code description} is
     * the social worker's or the event's wording, when there is one.
     */
    public record Fact(LocalDate occurredOn, String origin, String description) {
    }
}
