package be.cpas.piis.console.clients;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API token of a beneficiary's own page, for the request that serves it: signed by the console
 * under its own issuer for the beneficiary's CPAS, named after the beneficiary (so that an audit
 * trail says who asked), and short-lived. The page reads with an auditor's role, which changes
 * nothing; only the one thing a beneficiary may ask (an interview, E3) is sent with a social
 * worker's. The console asks the APIs only for what belongs to that beneficiary.
 */
@RequestScoped
public class OnBehalfOfBeneficiary {

    private static final Duration VALIDITY = Duration.ofMinutes(2);

    @ConfigProperty(name = "piis.console.token-issuer")
    String issuer;

    private String token;

    /** From now on in this request, the APIs are read as {@code beneficiaryId}'s page of {@code cpas}. */
    public void reading(String cpas, UUID beneficiaryId) {
        token = signed(cpas, beneficiaryId, "AUDITOR");
    }

    /** E3: the one change a beneficiary makes, their own request for an interview. */
    public void asking(String cpas, UUID beneficiaryId) {
        token = signed(cpas, beneficiaryId, "SOCIAL_WORKER");
    }

    Optional<String> token() {
        return Optional.ofNullable(token);
    }

    private String signed(String cpas, UUID beneficiaryId, String role) {
        String subject = "beneficiary:" + beneficiaryId;
        return Jwt.issuer(issuer).subject(subject).upn(subject).claim("cpas", cpas).groups(Set.of(role)).expiresIn(VALIDITY).sign();
    }
}
