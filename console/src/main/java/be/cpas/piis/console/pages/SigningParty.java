package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * C6: a party that signs a contract or agrees to an amendment: the beneficiary, the CPAS or one of the
 * contract's partners. A form posts it as {@code beneficiary}, {@code cpas} or {@code partner:<id>}.
 */
public record SigningParty(String value, String key, String name) {

    private static final String PARTNER = "partner:";

    /** The parties of {@code contract} that have not signed or agreed yet, as {@code done} tells (party, partner id or null). */
    static List<SigningParty> stillToAct(Contract contract, BiPredicate<String, UUID> done) {
        List<SigningParty> parties = new ArrayList<>();
        for (String party : List.of("beneficiary", "cpas")) {
            if (!done.test(party, null)) {
                parties.add(new SigningParty(party, "party_" + party, null));
            }
        }
        for (Contract.Partner partner : contract.partners()) {
            if (!done.test("partner", partner.id())) {
                parties.add(new SigningParty(PARTNER + partner.id(), "party_partner", partner.name()));
            }
        }
        return parties;
    }

    /** Puts the party a form posted into the API's body: {@code party}, and {@code partnerId} for a partner. */
    static void putInto(Map<String, Object> body, String posted) {
        String chosen = posted == null ? "" : posted;
        if (chosen.startsWith(PARTNER)) {
            body.put("party", "partner");
            body.put("partnerId", chosen.substring(PARTNER.length()));
        } else {
            body.put("party", Answers.blankToNull(chosen));
        }
    }
}
