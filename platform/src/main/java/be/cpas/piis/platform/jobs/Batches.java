package be.cpas.piis.platform.jobs;

import java.util.function.IntSupplier;

/**
 * Scheduled jobs work in batches, one transaction each, so that a long backlog never holds one
 * huge transaction: this runs batches until one comes back smaller than full.
 */
public final class Batches {

    private Batches() {
    }

    /** Runs {@code batch} (which returns how many items it looked at) until it looks at fewer than {@code size}. */
    public static void untilDrained(IntSupplier batch, int size) {
        int looked;
        do {
            looked = batch.getAsInt();
        } while (looked == size);
    }
}
