package be.cpas.piis.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The CPAS a request acts for (X1), from the {@code cpas} claim of its token: the NIS code of the
 * municipality. Every query of a service filters on it, so that a CPAS never sees another's data.
 */
@RequestScoped
public class CurrentCpas {

    public static final String CLAIM = "cpas";
    private static final Pattern NIS_CODE = Pattern.compile("\\d{5}");

    @Inject
    JsonWebToken token;

    /** The caller's CPAS; a token without a well-formed {@code cpas} claim is not a token of this platform. */
    public String code() {
        Object claim = token.getClaim(CLAIM);
        String code = claim == null ? null : claim.toString().replace("\"", "");
        if (code == null || !NIS_CODE.matcher(code).matches()) {
            throw new AuthenticationFailedException("The access token names no CPAS (claim 'cpas', a 5-digit NIS code)");
        }
        return code;
    }

    /** Who acts, for the audit trail: the token's subject; null without a token. */
    public String actorOrNull() {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }
}
