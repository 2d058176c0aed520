package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * T1, T3-T5: a transfer the CPAS started when a beneficiary moved: to which CPAS, the beneficiary's
 * refusal that the contract go with them, and how its delivery went.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Transfer(UUID id, UUID contractId, String fromCpas, String toCpas, LocalDate movedOn, boolean beneficiaryRefusal,
                       LocalDate studiesEndedOn, String status, LocalDate requestedOn, Delivery delivery) {

    /** T5: the tries that failed, the last failure's cause, the next try, or the delivery. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(int failedAttempts, String lastError, Instant nextAttemptAt, Instant deliveredAt) {
    }

    public String statusKey() {
        return "transfer_" + status;
    }
}
