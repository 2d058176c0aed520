package be.cpas.piis.contracts.domain;

/** The language a beneficiary's letters and contract are written in. */
public enum Language {
    FR, NL, DE
}
