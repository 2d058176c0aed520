package be.cpas.piis.console.clients;

import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Every call to an API carries the signed-in person's access token, so that the API applies its own
 * rules to them (their CPAS, their roles), and their language, so that its refusals speak it. A
 * beneficiary's own page, where nobody signs in, carries the token the console signed for it.
 */
@ApplicationScoped
public class SignedInPersonsToken implements ClientHeadersFactory {

    @Inject
    SignedInPerson person;

    @Inject
    PageLanguage language;

    @Inject
    OnBehalfOfBeneficiary beneficiaryPage;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + beneficiaryPage.token().orElseGet(person::accessToken));
        headers.putSingle(HttpHeaders.ACCEPT_LANGUAGE, language.code());
        return headers;
    }
}
