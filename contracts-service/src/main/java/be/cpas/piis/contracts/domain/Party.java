package be.cpas.piis.contracts.domain;

/** Who signs a contract, and who is responsible for a step (C3, C9). */
public enum Party {
    BENEFICIARY, CPAS, PARTNER
}
