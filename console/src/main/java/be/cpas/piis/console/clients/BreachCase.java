package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A breach case as sanctions-service shows it, as far as the pages of the console read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BreachCase(UUID id, UUID contractId, String status, LocalDate openedOn, List<Fact> facts) {

    public BreachCase {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** What happened, and where the case learnt of it (S1). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fact(String origin, LocalDate occurredOn, String description) {

        public String originKey() {
            return "fact_" + origin;
        }
    }

    public String statusKey() {
        return "breach_" + status;
    }
}
