package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;

/** S8: an appeal to the labour tribunal against a decision, and the tribunal's outcome once judged. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Appeal(UUID id, UUID breachId, LocalDate filedOn, String outcome, LocalDate judgedOn) {

    public boolean pending() {
        return outcome == null;
    }

    public String outcomeKey() {
        return "appeal_" + outcome;
    }
}
