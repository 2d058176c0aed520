package be.cpas.piis.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A suspension of the RIS payment takes effect, exactly what a payment system acts on (S6, S7):
 * {@code scope} {@code total}, or {@code partial} by {@code percentage} or {@code amount} (euros a
 * month), from {@code suspensionFrom} to {@code suspensionTo} inclusive.
 */
public record SanctionExecuted(UUID breachId, UUID contractId, String cpas, UUID beneficiaryId, String scope, Integer percentage,
                               BigDecimal amount, LocalDate suspensionFrom, LocalDate suspensionTo) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
