package be.cpas.piis.platform.document;

/** The language a beneficiary's letters and contract are written in. */
public enum Language {
    FR, NL, DE
}
