package be.cpas.piis.evaluation.domain;

/** PLANNED until recorded as COMPLETED or MISSED (E4, E5); CANCELLED when the contract's dates change or it ends early. */
public enum EvaluationStatus {
    PLANNED, COMPLETED, MISSED, CANCELLED
}
