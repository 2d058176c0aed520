package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** C2: the CPAS's decision that a beneficiary needs no PIIS, as contracts-service shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Exemption(UUID id, String ground, String justification, String decidedBy, LocalDate decidedOn, LocalDate liftedOn) {

    /** The key of the ground's words in the console's message bundle. */
    public String groundKey() {
        return keyOf(ground);
    }

    /** The key of the words of {@code ground}, coded as the API codes it. */
    public static String keyOf(String ground) {
        return "ground_" + ground.toLowerCase(Locale.ROOT);
    }

    public boolean inForce() {
        return liftedOn == null;
    }
}
