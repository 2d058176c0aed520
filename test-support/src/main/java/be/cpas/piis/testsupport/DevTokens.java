package be.cpas.piis.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Tokens signed with the development private key, which only tests and local runs trust. The
 * same key signs what {@code ./piis token} prints. Tests also sign as a platform issuer of their
 * own ({@code piis.jwt.platform-issuers}), with a second key.
 */
public final class DevTokens {

    public static final String ISSUER = "urn:cpas:piis:dev";
    /** The platform issuer tests trust, as a deployment trusts its transfer-service. */
    public static final String PLATFORM_ISSUER = "urn:cpas:piis:transfers:test";
    private static final PrivateKey KEY = loadKey("/dev-keys/private.pem");
    private static final PrivateKey PLATFORM_KEY = loadKey("/platform-test-keys/private.pem");

    private DevTokens() {
    }

    /** A bearer token acting for {@code cpas} with {@code roles}, valid for an hour. */
    public static String forCpas(String cpas, String... roles) {
        return signed(ISSUER, KEY, cpas, roles);
    }

    /** A token of {@code issuer} signed with the development key, the identity provider's in tests. */
    public static String signedWithDevKey(String issuer, String cpas, String... roles) {
        return signed(issuer, KEY, cpas, roles);
    }

    /** A token of {@code issuer} signed with the key of {@link #PLATFORM_ISSUER}. */
    public static String signedWithPlatformKey(String issuer, String cpas, String... roles) {
        return signed(issuer, PLATFORM_KEY, cpas, roles);
    }

    private static String signed(String issuer, PrivateKey key, String cpas, String... roles) {
        return Jwt.issuer(issuer)
                .subject("test-user-" + cpas)
                .upn("test-user-" + cpas)
                .claim("cpas", cpas)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .sign(key);
    }

    /** A token issued {@code ahead} of now, as an issuer whose clock runs fast would sign it. */
    public static String issuedAhead(Duration ahead, String cpas, String... roles) {
        long issuedAt = System.currentTimeMillis() / 1000 + ahead.toSeconds();
        return Jwt.issuer(ISSUER)
                .subject("test-user-" + cpas)
                .claim("cpas", cpas)
                .groups(Set.of(roles))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt + 3600)
                .sign(KEY);
    }

    /** A token of the development issuer whose {@code cpas} claim is {@code claim} (a number, a malformed code), or that has none. */
    public static String withCpasClaim(Optional<Object> claim, String... roles) {
        JwtClaimsBuilder token = Jwt.issuer(ISSUER).subject("test-user").groups(Set.of(roles)).expiresIn(Duration.ofHours(1));
        claim.ifPresent(value -> token.claim("cpas", value));
        return token.sign(KEY);
    }

    /** A token whose validity ended an hour ago. */
    public static String expired(String cpas, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER)
                .subject("test-user-" + cpas)
                .claim("cpas", cpas)
                .groups(Set.of(roles))
                .issuedAt(now - 7200)
                .expiresAt(now - 3600)
                .sign(KEY);
    }

    private static PrivateKey loadKey(String resource) {
        try (InputStream pem = DevTokens.class.getResourceAsStream(resource)) {
            return KeyUtils.decodePrivateKey(new String(pem.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(resource + " is unreadable", e);
        }
    }
}
