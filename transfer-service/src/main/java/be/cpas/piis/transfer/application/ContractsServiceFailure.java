package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.problem.UpstreamFailureException;

/**
 * T2: contracts-service could not do what a take-over asked of it: unreachable, too slow, or
 * failing. Nothing was decided here, and the same decision can be sent again.
 */
public class ContractsServiceFailure extends UpstreamFailureException {

    private static final int UNAVAILABLE = 503;
    private static final String RETRY = ". Nothing was decided: send the same decision again later";

    /** contracts-service answered {@code status} when asked to {@code what}. */
    ContractsServiceFailure(String what, int status) {
        super("contracts-service could not " + what + ": it answered " + status + RETRY, status == UNAVAILABLE, null);
    }

    /** contracts-service could not be reached, or did not answer in time, when asked to {@code what}. */
    ContractsServiceFailure(String what, RuntimeException unreachable) {
        super("contracts-service could not " + what + ": it did not answer (" + unreachable.getClass().getSimpleName() + ")" + RETRY,
                true, unreachable);
    }
}
