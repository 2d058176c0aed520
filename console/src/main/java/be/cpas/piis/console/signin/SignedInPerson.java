package be.cpas.piis.console.signin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person signed in through the identity provider, as the pages and the API calls need them. */
@RequestScoped
public class SignedInPerson {

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    SecurityIdentity identity;

    /** The name the person signs in with; the APIs record it as the social worker of what they draft. */
    public String username() {
        return Optional.ofNullable(idToken.<String>getClaim("preferred_username")).orElse(idToken.getSubject());
    }

    /** The identifier the identity provider gives the person ({@code sub}): the APIs' audit trails name them by it (X4). */
    public String subject() {
        return idToken.getSubject();
    }

    public String displayName() {
        String given = idToken.getClaim("given_name");
        String family = idToken.getClaim("family_name");
        return given == null || family == null ? username() : given + " " + family;
    }

    /** The NIS code of the person's CPAS (X1), from the provider's {@code cpas} claim. */
    public String cpas() {
        return idToken.getClaim("cpas");
    }

    public boolean isSocialWorker() {
        return identity.hasRole("SOCIAL_WORKER");
    }

    /** The members of the Council, who decide on breach cases (S5-S7). */
    public boolean isCouncilMember() {
        return identity.hasRole("COUNCIL");
    }

    /** The administrators of a CPAS, who keep its settings (X12). */
    public boolean isCpasAdmin() {
        return identity.hasRole("CPAS_ADMIN");
    }

    /** The settings' pages are an administrator's: another role is told so, as the API would. */
    public void requireCpasAdmin() {
        if (!isCpasAdmin()) {
            throw new ForbiddenException();
        }
    }


    /** The pages of a social worker's forms (a draft, a registration, an amendment) are not for another role: they say so, as the API would. */
    public void requireSocialWorker() {
        if (!isSocialWorker()) {
            throw new ForbiddenException();
        }
    }

    /** C2: a social worker or the Council decides that a beneficiary needs no PIIS. */
    public boolean decidesExemptions() {
        return identity.hasRole("SOCIAL_WORKER") || identity.hasRole("COUNCIL");
    }

    /** The provider's {@code locale} claim, when it has one: the language the person chose there. */
    public Optional<String> locale() {
        return Optional.ofNullable(idToken.getClaim("locale"));
    }

    /** The access token the APIs verify, refreshed by the session while it lasts. */
    public String accessToken() {
        return accessToken.getToken();
    }
}
