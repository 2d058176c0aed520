package be.cpas.piis.console.signin;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links a social worker hands over to a beneficiary, that open their own page without a
 * password: {@code <cpas>.<beneficiary>.<expiry>} signed with the console's secret (HMAC-SHA256), so
 * that a link names one beneficiary of one CPAS until a day, and nothing else; a link changed in
 * any character, or signed with another secret, is forged.
 */
@ApplicationScoped
public class BeneficiaryLinks {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SHORTEST_SECRET = 32;
    private static final Pattern CLAIMS = Pattern.compile("(\\d{5})\\.([0-9a-f-]{36})\\.(\\d{1,12})");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Whom a link opens the page of, and until when. */
    public record Link(String cpas, UUID beneficiaryId, Instant expiresAt) {
    }

    /** Why a link opens nothing. */
    public enum Refusal {
        FORGED, EXPIRED
    }

    /** A link that opens nothing, and why. */
    public static final class RefusedLink extends RuntimeException {

        private final Refusal refusal;

        RefusedLink(Refusal refusal) {
            super("beneficiary link " + refusal.name().toLowerCase());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    @ConfigProperty(name = "piis.beneficiary-links.secret")
    String secret;

    @ConfigProperty(name = "piis.beneficiary-links.validity", defaultValue = "P30D")
    Duration validity;

    Clock clock = Clock.systemUTC();

    /** A secret anyone could guess would let anyone open any beneficiary's page: the console does not start with one. */
    void requireAStrongSecret(@Observes StartupEvent start) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < SHORTEST_SECRET) {
            throw new IllegalStateException("piis.beneficiary-links.secret must be at least " + SHORTEST_SECRET + " bytes long");
        }
    }

    /** A link to {@code beneficiaryId}'s page, for {@link #validity} from now. */
    public Link issuedFor(String cpas, UUID beneficiaryId) {
        return new Link(cpas, beneficiaryId, clock.instant().plus(validity).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The token of {@code link}, as its URL carries it. */
    public String token(Link link) {
        String claims = link.cpas() + "." + link.beneficiaryId() + "." + link.expiresAt().getEpochSecond();
        return ENCODER.encodeToString(claims.getBytes(StandardCharsets.US_ASCII)) + "." + ENCODER.encodeToString(signature(claims));
    }

    /** The link {@code token} carries; refused when it is not one the console signed, or when it has expired. */
    public Link read(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 2) {
            throw new RefusedLink(Refusal.FORGED);
        }
        String claims;
        byte[] signed;
        try {
            claims = new String(DECODER.decode(parts[0]), StandardCharsets.US_ASCII);
            signed = DECODER.decode(parts[1]);
        } catch (IllegalArgumentException notBase64) {
            throw new RefusedLink(Refusal.FORGED);
        }
        Matcher matched = CLAIMS.matcher(claims);
        if (!matched.matches() || !MessageDigest.isEqual(signature(claims), signed)) {
            throw new RefusedLink(Refusal.FORGED);
        }
        Link link = new Link(matched.group(1), UUID.fromString(matched.group(2)), Instant.ofEpochSecond(Long.parseLong(matched.group(3))));
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new RefusedLink(Refusal.EXPIRED);
        }
        return link;
    }

    private byte[] signature(String claims) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(claims.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
