package be.cpas.piis.sanctions.document;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The file a CPAS hands to the labour tribunal on appeal: for one breach case, every safeguard of
 * S2-S8, whether it was met, when, by whom, and what proves it.
 */
public record ComplianceRecord(UUID breachId, UUID contractId, String cpas, String status, List<Safeguard> safeguards,
                               LocalDate issuedOn) {

    /**
     * @param rule S2 … S8
     * @param title what the safeguard is, in a few words
     * @param met whether it was met; null when it does not apply (no hearing asked, no sanction)
     * @param by who did it (the token's subject), null for what the service computed
     * @param evidence what proves it: the letter and its SHA-256, the text given, what the service looked at
     */
    public record Safeguard(String rule, String title, Boolean met, LocalDate on, String by, String evidence) {
    }
}
