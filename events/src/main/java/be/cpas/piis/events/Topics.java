package be.cpas.piis.events;

import java.util.List;

/** One topic per owning service (X7), and the dead-letter topic of each consumer group. */
public final class Topics {

    public static final String CONTRACTS = "piis.contracts";
    public static final String EVALUATIONS = "piis.evaluations";
    public static final String SANCTIONS = "piis.sanctions";
    public static final String TRANSFERS = "piis.transfers";

    public static final List<String> ALL = List.of(CONTRACTS, EVALUATIONS, SANCTIONS, TRANSFERS);

    private Topics() {
    }

    /** Where records that a service cannot process go, so that they never block the others. */
    public static String deadLetter(String consumerGroup) {
        return "piis.dlq." + consumerGroup;
    }
}
