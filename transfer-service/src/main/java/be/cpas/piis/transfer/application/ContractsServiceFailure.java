package be.cpas.piis.transfer.application;

/**
 * T2: contracts-service could not do what a take-over asked of it: unreachable, too slow, or
 * failing. Nothing was decided here, and the same decision can be sent again; {@link #unavailable()}
 * says whether contracts-service could not be reached (or said it is unavailable) rather than failed.
 */
public class ContractsServiceFailure extends RuntimeException {

    private static final int UNAVAILABLE = 503;

    private final boolean unavailable;

    /** contracts-service answered {@code status} when asked to {@code what}. */
    ContractsServiceFailure(String what, int status) {
        super("contracts-service could not " + what + ": it answered " + status);
        this.unavailable = status == UNAVAILABLE;
    }

    /** contracts-service could not be reached, or did not answer in time, when asked to {@code what}. */
    ContractsServiceFailure(String what, RuntimeException unreachable) {
        super("contracts-service could not " + what + ": it did not answer (" + unreachable.getClass().getSimpleName() + ")", unreachable);
        this.unavailable = true;
    }

    public boolean unavailable() {
        return unavailable;
    }
}
