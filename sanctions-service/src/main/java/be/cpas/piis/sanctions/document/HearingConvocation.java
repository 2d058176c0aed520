package be.cpas.piis.sanctions.document;

import be.cpas.piis.platform.document.Letter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A1, S4: the convocation to the hearing the beneficiary asked for before the Council: when and
 * where, the right to be assisted or represented and to read the file first, what to bring: from the CPAS
 * (its letterhead, A4) to the beneficiary at their postal address.
 */
public record HearingConvocation(UUID breachId, UUID contractId, Letter.Party cpas, Letter.Party beneficiary, LocalDate requestedOn, LocalDate day, LocalTime startsAt,
                                 String place, LocalDate issuedOn) {
}
