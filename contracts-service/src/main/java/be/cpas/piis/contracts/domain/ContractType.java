package be.cpas.piis.contracts.domain;

/** A student's contract covers full-time studies and carries the student commitments (C11). */
public enum ContractType {
    GENERAL, STUDENT
}
