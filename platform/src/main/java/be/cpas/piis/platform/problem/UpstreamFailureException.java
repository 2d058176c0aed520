package be.cpas.piis.platform.problem;

/**
 * A service this one relies on could not serve the request: 503 {@code serviceUnavailable} when it
 * could not be reached or said so, 502 {@code badGateway} when it failed. Neither is a failure of
 * ours nor of the caller's input, and the request can be sent again.
 */
public class UpstreamFailureException extends RuntimeException {

    private final Wording detail;
    private final boolean unavailable;

    public UpstreamFailureException(Wording detail, boolean unavailable, Throwable cause) {
        super(detail.toString(), cause);
        this.detail = detail;
        this.unavailable = unavailable;
    }

    public Wording detail() {
        return detail;
    }

    public boolean unavailable() {
        return unavailable;
    }
}
