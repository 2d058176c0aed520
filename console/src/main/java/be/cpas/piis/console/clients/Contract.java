package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;

/** A contract as contracts-service shows it, as far as the pages of the console read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contract(UUID id, UUID beneficiaryId, String type, String status, int version, LocalDate startDate,
                       LocalDate endDate, String referentWorker, String replacementWorker, LocalDate handedOverOn,
                       LocalDate reflectionEndsOn, LocalDate signedOn, LocalDate endedOn) {

    /** The key of the status's words in the console's message bundle. */
    public String statusKey() {
        return "status_" + status;
    }
}
