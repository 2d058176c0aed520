package be.cpas.piis.sanctions.document;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A1, S4: the convocation to the hearing the beneficiary asked for before the Council: when and
 * where, the right to be assisted or represented and to read the file first, what to bring. It names no one (X10).
 */
public record HearingConvocation(UUID breachId, UUID contractId, String office, LocalDate requestedOn, LocalDate day, LocalTime startsAt,
                                 String place, LocalDate issuedOn) {
}
