package be.cpas.piis.evaluation.domain;

/** A regular evaluation during the contract (E1), or the final one at its end (E6). */
public enum EvaluationKind {
    REGULAR, FINAL
}
