package be.cpas.piis.events;

import java.util.UUID;

/**
 * A fact one service publishes for the others (X7). Payloads carry identifiers and the facts a
 * consumer needs, never names, addresses or the NISS (X10).
 */
public interface PiisEvent {

    /** The CPAS (NIS code) the fact belongs to. */
    String cpas();

    /** The CloudEvents {@code subject} and the Kafka key: the contract, or the beneficiary before any contract. */
    UUID subjectId();
}
