package be.cpas.piis.sanctions.domain;

/** S1: where a fact of a breach case comes from: an event of another service, or a social worker. */
public enum Origin {
    EVALUATION_MISSED, RESULTS_OVERDUE, STEP_OVERDUE, REPORTED
}
