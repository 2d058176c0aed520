package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;

/** E7: a student's exam results of a session, to communicate within 7 working days of their publication. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StudentResult(UUID id, UUID contractId, String session, LocalDate publishedOn, LocalDate dueBy, LocalDate communicatedOn,
                            boolean overdue) {

    public boolean communicated() {
        return communicatedOn != null;
    }
}
