package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** C10: a change of an active contract, which becomes its next version once every party agreed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Amendment(UUID id, String reason, LocalDate proposedOn, List<Contract.Signature> agreements, LocalDate agreedOn,
                        Integer version) {

    public Amendment {
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    public boolean pending() {
        return agreedOn == null;
    }

    /** The version this amendment changed, once agreed. */
    public Integer previousVersion() {
        return version == null ? null : version - 1;
    }

    /** Whether the party (a partner naming itself by {@code partnerId}) agreed already. */
    public boolean agreedBy(String party, UUID partnerId) {
        return agreements.stream().anyMatch(agreement -> agreement.party().equals(party)
                && (partnerId == null || partnerId.equals(agreement.partnerId())));
    }
}
