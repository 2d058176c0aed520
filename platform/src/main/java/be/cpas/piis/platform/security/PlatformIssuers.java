package be.cpas.piis.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.Map;

/**
 * Issuers trusted besides the identity provider of {@code mp.jwt.verify.*}, each with the public key
 * that verifies them: transfer-service signs the tokens of its calls (reading a dossier in its own
 * deployment, delivering it to another CPAS system) with a key of its own, which the identity
 * provider does not publish; and local runs, whose identity provider is the development key of
 * {@code ./piis token}, also trust the Keycloak realm the console signs people in with.
 */
@ConfigMapping(prefix = "piis.jwt")
public interface PlatformIssuers {

    /** By issuer ({@code iss}), e.g. {@code piis.jwt.platform-issuers."urn:cpas:piis:transfers:21004".publickey-location}. */
    @WithName("platform-issuers")
    Map<String, Issuer> byIssuer();

    interface Issuer {

        /** A PEM public key or a JWKS: a file ({@code file:...}), a class path resource or a URL. */
        @WithName("publickey-location")
        String publicKeyLocation();
    }
}
