package be.cpas.piis.sanctions.domain;

/** S6: a suspension of the whole RIS payment, or of part of it (a percentage or an amount). */
public enum Scope {
    TOTAL, PARTIAL
}
