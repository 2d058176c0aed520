package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** S2-S8: each safeguard of a breach case, met or not, when, by whom and what proves it, worded in the language asked for. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Compliance(String status, List<Safeguard> safeguards) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Safeguard(String rule, String title, Boolean met, LocalDate on, String by, String evidence) {
    }
}
