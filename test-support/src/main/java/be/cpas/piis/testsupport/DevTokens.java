package be.cpas.piis.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/**
 * Tokens signed with the development private key, which only tests and local runs trust. The
 * same key signs what {@code ./piis token} prints.
 */
public final class DevTokens {

    public static final String ISSUER = "urn:cpas:piis:dev";
    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    /** A bearer token acting for {@code cpas} with {@code roles}, valid for an hour. */
    public static String forCpas(String cpas, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject("test-user-" + cpas)
                .upn("test-user-" + cpas)
                .claim("cpas", cpas)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .sign(KEY);
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

    private static PrivateKey loadKey() {
        try (InputStream pem = DevTokens.class.getResourceAsStream("/dev-keys/private.pem")) {
            return KeyUtils.decodePrivateKey(new String(pem.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The development private key is unreadable", e);
        }
    }
}
