package be.cpas.piis.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The Council's decision was notified (S6, S8), which gives it effect. {@code decision} is
 * {@code noSanction} or {@code suspension}; a suspension is {@code total} or {@code partial}, by
 * {@code percentage} or by {@code amount} (euros a month), from {@code suspensionFrom} to
 * {@code suspensionTo}; a deferred one (S7) carries {@code probationEndsOn} and no dates until executed.
 */
public record SanctionDecided(UUID breachId, UUID contractId, String cpas, UUID beneficiaryId, String decision, String scope,
                              Integer percentage, BigDecimal amount, LocalDate suspensionFrom, LocalDate suspensionTo,
                              LocalDate probationEndsOn, LocalDate decidedOn, LocalDate notifiedOn) implements PiisEvent {
    @Override
    public UUID subjectId() {
        return contractId;
    }
}
