package be.cpas.piis.evaluation.persistence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Which items with a deadline a list shows: those of one contract, or those overdue on {@code today} (E3, E7). */
public record DeadlineFilter(Optional<UUID> contractId, boolean overdueOnly, LocalDate today) {
}
