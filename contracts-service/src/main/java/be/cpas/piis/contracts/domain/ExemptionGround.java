package be.cpas.piis.contracts.domain;

/** C2: why the CPAS decided that no PIIS is required. */
public enum ExemptionGround {
    HEALTH, EQUITY, WORKING_WITH_COMPLEMENT
}
