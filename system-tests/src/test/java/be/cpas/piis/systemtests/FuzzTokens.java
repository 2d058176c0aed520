package be.cpas.piis.systemtests;

import be.cpas.piis.testsupport.DevTokens;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code Authorization} headers the fuzz suite sends, each with the words a report shows instead of the token:
 * good ones of a CPAS and roles, and broken ones (expired, unsigned, signed with the wrong key, without the CPAS…).
 */
final class FuzzTokens {

    /** A header value and how it was made. */
    record Token(String header, String label) {
    }

    private static final PrivateKey DEV_KEY = devKey();
    private final Map<String, Token> made = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Token>> sets = new ConcurrentHashMap<>();

    /** A development token of {@code cpas} with {@code role}, as {@code ./piis token} prints it. */
    Token of(String cpas, String role) {
        return made.computeIfAbsent(cpas + "/" + role, key -> new Token("Bearer " + DevTokens.forCpas(cpas, role),
                "Bearer <./piis token --cpas %s --roles %s>".formatted(cpas, role)));
    }

    /** What another CPAS's system sends to the transfer API (T5): a token of the platform issuer the deployment trusts. */
    Token partner(String cpas) {
        return made.computeIfAbsent(cpas + "/partner", key -> new Token(
                "Bearer " + DevTokens.signedWithPlatformKey(DevTokens.PLATFORM_ISSUER, cpas, "PARTNER_CPAS"),
                "Bearer <token of issuer %s, platform test key, cpas %s, PARTNER_CPAS>".formatted(DevTokens.PLATFORM_ISSUER, cpas)));
    }

    /** Tokens that must not let anyone in (401), by what is wrong with them. */
    Map<String, Token> invalid(String cpas, String role) {
        return sets.computeIfAbsent("invalid/" + cpas + "/" + role, key -> makeInvalid(cpas, role));
    }

    private Map<String, Token> makeInvalid(String cpas, String role) {
        String good = DevTokens.forCpas(cpas, role);
        String claims = good.split("\\.")[1];
        String unsignedHeader = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
                "auth: empty bearer token", new Token("Bearer ", "Bearer (nothing)"),
                "auth: not a JWT", new Token("Bearer not-a-jwt", "Bearer not-a-jwt"),
                "auth: JWT of garbage", new Token("Bearer " + base64("{") + "." + base64("garbage") + ".c2ln",
                        "Bearer <base64 '{'>.<base64 'garbage'>.c2ln"),
                "auth: basic credentials", new Token("Basic ZnV6ejpmdXp6", "Basic ZnV6ejpmdXp6"),
                "auth: expired token", new Token("Bearer " + DevTokens.expired(cpas, role),
                        "Bearer <dev token of cpas %s, %s, expired an hour ago>".formatted(cpas, role)),
                "auth: unsigned token (alg none)", new Token("Bearer " + unsignedHeader + "." + claims + ".",
                        "Bearer <{\"alg\":\"none\"}>.<claims of a dev token of cpas %s, %s>.".formatted(cpas, role)),
                "auth: dev issuer signed with another key", new Token(
                        "Bearer " + DevTokens.signedWithPlatformKey(DevTokens.ISSUER, cpas, role),
                        "Bearer <token of issuer %s signed with the platform test key, cpas %s, %s>".formatted(DevTokens.ISSUER, cpas, role)),
                "auth: platform issuer signed with the dev key", new Token(
                        "Bearer " + DevTokens.signedWithDevKey(DevTokens.PLATFORM_ISSUER, cpas, role),
                        "Bearer <token of issuer %s signed with the dev key, cpas %s, %s>".formatted(DevTokens.PLATFORM_ISSUER, cpas, role)),
                "auth: unknown issuer", new Token("Bearer " + DevTokens.signedWithDevKey("urn:fuzz:unknown-issuer", cpas, role),
                        "Bearer <token of issuer urn:fuzz:unknown-issuer signed with the dev key, cpas %s, %s>".formatted(cpas, role)),
                "auth: 20,000-character token", new Token("Bearer " + "A".repeat(20_000), "Bearer AAAA… (20,000 characters)"))));
    }

    /** Well signed tokens that carry no usable CPAS or role: 401 or 403, never an answer. */
    Map<String, Token> unusable(String cpas, String role) {
        return sets.computeIfAbsent("unusable/" + cpas + "/" + role, key -> makeUnusable(cpas, role));
    }

    private Map<String, Token> makeUnusable(String cpas, String role) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
                "auth: token without cpas claim", new Token("Bearer " + sign(Jwt.issuer(DevTokens.ISSUER).subject("fuzz")
                        .groups(Set.of(role))), "Bearer <dev token without cpas claim, %s>".formatted(role)),
                "auth: token with a malformed cpas", new Token("Bearer " + sign(Jwt.issuer(DevTokens.ISSUER).subject("fuzz")
                        .claim("cpas", "' OR '1'='1").groups(Set.of(role))), "Bearer <dev token with cpas \"' OR '1'='1\", %s>".formatted(role)),
                "auth: token with a numeric cpas", new Token("Bearer " + sign(Jwt.issuer(DevTokens.ISSUER).subject("fuzz")
                        .claim("cpas", 21004).groups(Set.of(role))), "Bearer <dev token with cpas 21004 as a JSON number, %s>".formatted(role)),
                "auth: token without roles", new Token("Bearer " + sign(Jwt.issuer(DevTokens.ISSUER).subject("fuzz")
                        .claim("cpas", cpas)), "Bearer <dev token of cpas %s without groups>".formatted(cpas)),
                "auth: token with an unknown role", new Token("Bearer " + DevTokens.forCpas(cpas, "ROOT"),
                        "Bearer <./piis token --cpas %s --roles ROOT>".formatted(cpas)))));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.expiresIn(Duration.ofHours(1)).sign(DEV_KEY);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey devKey() {
        try (InputStream pem = DevTokens.class.getResourceAsStream("/dev-keys/private.pem")) {
            return KeyUtils.decodePrivateKey(new String(pem.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the development key is unreadable", e);
        }
    }
}
