package be.cpas.piis.contracts.domain;

/** DRAFT → PROPOSED → ACTIVE → COMPLETED | TERMINATED | TRANSFERRED. */
public enum ContractStatus {
    DRAFT, PROPOSED, ACTIVE, COMPLETED, TERMINATED, TRANSFERRED
}
