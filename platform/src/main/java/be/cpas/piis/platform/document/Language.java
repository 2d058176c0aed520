package be.cpas.piis.platform.document;

/**
 * The language a person's letters, contracts and invitations are written in: one of Belgium's three
 * official languages, the ones a CPAS must answer in. Services store its name.
 */
public enum Language {
    FR, NL, DE
}
