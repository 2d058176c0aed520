package be.cpas.piis.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * T5, T6: how a dossier's sending to another system fares. One the other side did not acknowledge
 * is sent again after 2, 4, 8 … seconds, at most an hour apart, with the last error kept for the operators.
 * While a replica sends it, the next attempt is put off by a lease, so that the other replicas leave
 * it without a lock held across the call, and take it again should that replica stop meanwhile.
 */
@Embeddable
public class DeliveryAttempts {

    private static final long LONGEST_WAIT_SECONDS = 3600;
    private static final int ERROR_LENGTH = 500;
    /** Longer than a sending may take: contracts-service's reads (3 tries of 3 seconds each), then 3 seconds to connect and 10 to answer. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Column(name = "attempts", nullable = false)
    private int failed;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    protected DeliveryAttempts() {
    }

    /** To send from {@code now}. */
    static DeliveryAttempts from(Instant now) {
        DeliveryAttempts attempts = new DeliveryAttempts();
        attempts.nextAttemptAt = now;
        return attempts;
    }

    void leased(Instant now) {
        nextAttemptAt = now.plus(LEASE);
    }

    void failed(String error, Instant now) {
        failed++;
        lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        nextAttemptAt = now.plus(Duration.ofSeconds(Math.min(LONGEST_WAIT_SECONDS, 1L << Math.min(failed, 12))));
    }

    void succeeded() {
        lastError = null;
    }

    public int failedCount() {
        return failed;
    }

    public String lastError() {
        return lastError;
    }

    /** When the next try is due; once delivered, none is. */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
