package be.cpas.piis.sanctions.domain;

/** S6: what the Council decides. */
public enum DecisionKind {
    NO_SANCTION, SUSPENSION
}
