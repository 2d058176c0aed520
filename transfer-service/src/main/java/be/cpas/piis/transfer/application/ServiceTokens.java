package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.security.Roles;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tokens transfer-service presents for a CPAS, signed with its own key
 * ({@code smallrye.jwt.sign.key.location}): read-only to contracts-service to assemble a dossier,
 * PARTNER_CPAS to another CPAS's system to deliver one (T5). Short-lived: each call asks anew.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration VALIDITY = Duration.ofMinutes(5);

    @ConfigProperty(name = "piis.transfers.token-issuer")
    String issuer;

    /** Reads the contract being transferred, as an auditor of the CPAS it belongs to: nothing can be changed with it. */
    public String reader(String cpas) {
        return token(cpas, Roles.AUDITOR);
    }

    /** Calls another CPAS's transfer API on behalf of {@code cpas} (X2). */
    public String partner(String cpas) {
        return token(cpas, Roles.PARTNER_CPAS);
    }

    private String token(String cpas, String role) {
        return Jwt.issuer(issuer)
                .subject("transfer-service@" + cpas)
                .upn("transfer-service@" + cpas)
                .claim("cpas", cpas)
                .groups(Set.of(role))
                .expiresIn(VALIDITY)
                .sign();
    }
}
