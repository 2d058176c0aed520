package be.cpas.piis.platform.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.Claims;

/**
 * Verifies a token with the key of its issuer: the platform's own issuers ({@link PlatformIssuers})
 * with their keys, every other token as {@code mp.jwt.verify.*} says (the identity provider). The
 * issuer is read before the signature is checked only to choose the key: a token claiming a
 * platform issuer must then carry that issuer's signature, and nothing else. Every token, whoever
 * issued it, must then name a CPAS and must not come from the future.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class PlatformTokenVerification extends JWTCallerPrincipalFactory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JWTCallerPrincipalFactory identityProvider = new DefaultJWTCallerPrincipalFactory();
    /** One verifier per issuer: a verifier keeps the keys it first resolved. */
    private final Map<String, JWTCallerPrincipalFactory> platformVerifiers = new ConcurrentHashMap<>();

    @Inject
    PlatformIssuers platformIssuers;

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo configured) throws ParseException {
        JWTCallerPrincipal verified = verifiedByItsIssuer(token, configured);
        requireOfThisPlatform(verified, configured.getClockSkew());
        return verified;
    }

    /**
     * What smallrye-jwt leaves unchecked, for every operation alike, whether it reads the CPAS or not:
     * a token issued in the future (beyond the clock skew allowed for its expiry) was not issued by a
     * sound issuer, and a token without a CPAS (X1: a {@code cpas} string of 5 digits) acts for
     * nobody. A refusal here is a 401 invalidAccessToken, like a bad signature.
     */
    private static void requireOfThisPlatform(JWTCallerPrincipal token, int clockSkewSeconds) throws ParseException {
        Object issuedAt = token.getClaim(Claims.iat.name());
        long latestIssuedAt = Instant.now().getEpochSecond() + clockSkewSeconds;
        if (issuedAt instanceof Number seconds && seconds.longValue() > latestIssuedAt) {
            throw new ParseException("The access token was issued in the future (claim 'iat')");
        }
        if (CurrentCpas.nisCodeOf(token.getClaim(CurrentCpas.CLAIM)).isEmpty()) {
            throw new ParseException("The access token names no CPAS (claim 'cpas', a 5-digit NIS code)");
        }
    }

    private JWTCallerPrincipal verifiedByItsIssuer(String token, JWTAuthContextInfo configured) throws ParseException {
        Optional<String> platformIssuer = claimedIssuer(token).filter(platformIssuers.byIssuer()::containsKey);
        if (platformIssuer.isEmpty()) {
            return identityProvider.parse(token, configured);
        }
        String issuer = platformIssuer.get();
        JWTAuthContextInfo ofIssuer = new JWTAuthContextInfo(configured);
        ofIssuer.setIssuedBy(issuer);
        ofIssuer.setPublicKeyContent(null);
        ofIssuer.setPublicVerificationKey(null);
        ofIssuer.setPublicKeyLocation(platformIssuers.byIssuer().get(issuer).publicKeyLocation());
        return platformVerifiers.computeIfAbsent(issuer, any -> new DefaultJWTCallerPrincipalFactory()).parse(token, ofIssuer);
    }

    /** The {@code iss} the token claims, unverified; empty when the token is not a readable JWS. */
    private static Optional<String> claimedIssuer(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8));
            JsonNode issuer = claims.get("iss");
            return issuer != null && issuer.isTextual() ? Optional.of(issuer.asText()) : Optional.empty();
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
