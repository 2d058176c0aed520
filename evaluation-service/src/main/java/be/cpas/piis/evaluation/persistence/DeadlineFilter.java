package be.cpas.piis.evaluation.persistence;

import be.cpas.piis.platform.paging.KeysetQuery;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Which items with a deadline a list shows: those of one contract, of the contracts a social worker is
 * referent or replacement of, or those overdue on {@code today} (E3, E7).
 */
public record DeadlineFilter(Optional<UUID> contractId, Optional<String> socialWorker, boolean overdueOnly, LocalDate today) {

    /** The condition on {@code contractId} that keeps the contracts of the social worker named {@code :worker}. */
    static final String OF_SOCIAL_WORKER = "contractId in (select p.contractId from EvaluationPlan p"
            + " where p.referentWorker = :worker or p.replacementWorker = :worker)";

    KeysetQuery scope(KeysetQuery query) {
        return query.andIfPresent(contractId, "contractId = :contractId", "contractId")
                .andIfPresent(socialWorker, OF_SOCIAL_WORKER, "worker");
    }
}
