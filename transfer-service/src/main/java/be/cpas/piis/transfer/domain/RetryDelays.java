package be.cpas.piis.transfer.domain;

import java.time.Duration;
import java.time.Instant;

/** T5, T6: a dossier the other side did not acknowledge is sent again after 2, 4, 8 … seconds, at most an hour apart. */
final class RetryDelays {

    private static final long LONGEST_SECONDS = 3600;

    private RetryDelays() {
    }

    static Instant nextAttempt(int failedAttempts, Instant now) {
        return now.plus(Duration.ofSeconds(Math.min(LONGEST_SECONDS, 1L << Math.min(failedAttempts, 12))));
    }
}
