package be.cpas.piis.platform.security;

/** The roles a token's {@code groups} claim carries (X2). */
public final class Roles {

    public static final String SOCIAL_WORKER = "SOCIAL_WORKER";
    public static final String COUNCIL = "COUNCIL";
    public static final String CPAS_ADMIN = "CPAS_ADMIN";
    /** Reads everything of its CPAS, changes nothing. */
    public static final String AUDITOR = "AUDITOR";
    /** Another CPAS's system: the transfer API only. */
    public static final String PARTNER_CPAS = "PARTNER_CPAS";

    private Roles() {
    }
}
