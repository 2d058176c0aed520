package be.cpas.piis.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The CPAS a request acts for (X1), from the {@code cpas} claim of its token: the NIS code of the
 * municipality. Every query of a service filters on it, so that a CPAS never sees another's data.
 */
@RequestScoped
public class CurrentCpas {

    public static final String CLAIM = "cpas";
    private static final Pattern NIS_CODE = Pattern.compile("[0-9]{5}");

    @Inject
    JsonWebToken token;

    /** The CPAS a {@code cpas} claim names: a JSON string of 5 digits, not a number (which would lose a leading zero). */
    public static Optional<String> nisCodeOf(Object claim) {
        String text = claim instanceof JsonString json ? json.getString() : claim instanceof String string ? string : null;
        return Optional.ofNullable(text).filter(code -> NIS_CODE.matcher(code).matches());
    }

    /**
     * The caller's CPAS. Every verified token has one ({@link PlatformTokenVerification}); a request
     * without a token has none, and is refused as unauthenticated.
     */
    public String code() {
        return nisCodeOf(token.getClaim(CLAIM))
                .orElseThrow(() -> new AuthenticationFailedException("The access token names no CPAS (claim 'cpas', a 5-digit NIS code)"));
    }

    /** Who acts, for the audit trail: the token's subject; null without a token. */
    public String actorOrNull() {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }
}
