package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.problem.UpstreamFailureException;
import be.cpas.piis.platform.problem.Wording;

/**
 * T2: contracts-service could not do what a take-over asked of it: unreachable, too slow, or
 * failing. Nothing was decided here, and the same decision can be sent again.
 */
public class ContractsServiceFailure extends UpstreamFailureException {

    private static final int UNAVAILABLE = 503;

    /** contracts-service answered {@code status} when asked to do {@code what}. */
    ContractsServiceFailure(Wording what, int status) {
        super(Wording.of("contractsService.failed", what, status), status == UNAVAILABLE, null);
    }

    /** contracts-service could not be reached, or did not answer in time, when asked to do {@code what}. */
    ContractsServiceFailure(Wording what, RuntimeException unreachable) {
        super(Wording.of("contractsService.unreachable", what, unreachable.getClass().getSimpleName()), true, unreachable);
    }
}
