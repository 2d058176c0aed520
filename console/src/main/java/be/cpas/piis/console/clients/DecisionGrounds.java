package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * S5, S6: what sanctions-service says a decision taken today may be: the cap of a suspension and why,
 * the earlier sanction that raises it, and whether the CPAS kept its own side of the contract.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionGrounds(LocalDate breachOn, int capMonths, String capReason, String earlierCase, LocalDate earlierDecidedOn,
                              CpasSide cpasSide, String legitimateReason, boolean suspensionPossible) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CpasSide(LocalDate from, LocalDate to, boolean kept, List<Failure> failures, String summary) {
    }

    /** A duty of the CPAS left undone: {@code stepOverdue} or {@code interviewOverdue}, due on {@code dueOn}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Failure(String kind, UUID referenceId, LocalDate dueOn) {
    }

    /** The id of the earlier case, for its page in the console. */
    public String earlierCaseId() {
        return earlierCase == null ? null : earlierCase.substring(earlierCase.lastIndexOf('/') + 1);
    }
}
