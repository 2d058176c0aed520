package be.cpas.piis.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.Map;

/**
 * Issuers of the platform's own tokens, each with the public key that verifies them: transfer-service
 * signs the tokens of its calls (reading a dossier in its own deployment, delivering it to another
 * CPAS system) with a key of its own, which the identity provider does not publish.
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
