package be.cpas.piis.platform.recipients;

import be.cpas.piis.platform.document.Letter;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.UpstreamFailureException;
import be.cpas.piis.platform.problem.Wording;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The beneficiary a letter goes to (A4): their name and the postal address contracts-service
 * records, printed in the envelope's window. Events carry neither (X10), so a service that writes
 * letters reads them when it writes one, as the social worker who asks for it, and keeps nothing.
 */
@ApplicationScoped
public class LetterRecipients {

    @Inject
    @RestClient
    BeneficiaryCards beneficiaries;

    @Inject
    JsonWebToken caller;

    /** The beneficiary as a letter's recipient; refused with rule A4 while no postal address is recorded. */
    public Letter.Party beneficiary(UUID beneficiaryId) {
        JsonNode card = card(beneficiaryId);
        return posted(beneficiaryId, card.path("firstName").asText("") + " " + card.path("lastName").asText(""),
                card.path("contact").path("address").asText(""));
    }

    /** The beneficiary's name, for a document that names them but is not posted to them (a record kept for a tribunal). */
    public String nameOf(UUID beneficiaryId) {
        JsonNode card = card(beneficiaryId);
        return (card.path("firstName").asText("") + " " + card.path("lastName").asText("")).strip();
    }

    /**
     * The beneficiary {@code beneficiaryId} as the recipient of a posted letter, for the service that
     * keeps their name and address itself; refused with rule A4 while no postal address is recorded.
     */
    public static Letter.Party posted(UUID beneficiaryId, String name, String address) {
        if (address == null || address.isBlank()) {
            throw new RuleViolationException("A4", Wording.of("letter.noAddress", name.strip(), beneficiaryId));
        }
        return new Letter.Party(name.strip(), addressLines(address));
    }

    /** "Rue de la Loi 16 bte 3, 1000 Bruxelles" is printed on two lines, as a window shows it. */
    public static List<String> addressLines(String address) {
        return Arrays.stream(address.split("[,\\n]")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private JsonNode card(UUID beneficiaryId) {
        try {
            return beneficiaries.read(beneficiaryId, "Bearer " + caller.getRawToken());
        } catch (WebApplicationException refused) {
            if (refused.getResponse().getStatus() == 404) {
                throw new ResourceNotFoundException("resource.beneficiary", beneficiaryId);
            }
            throw new UpstreamFailureException(Wording.of("letter.addressRefused", refused.getResponse().getStatus()),
                    refused.getResponse().getStatus() == 503, refused);
        } catch (ProcessingException unreachable) {
            throw new UpstreamFailureException(Wording.of("letter.addressUnreachable"), true, unreachable);
        }
    }
}
