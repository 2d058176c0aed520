package be.cpas.piis.console.signin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the pages and of the refusals the APIs explain: the one the person chose on a page
 * (a cookie), else the one of their account at the identity provider, else their browser's, else French.
 */
@RequestScoped
public class PageLanguage {

    public static final String COOKIE = "piis-language";
    public static final List<String> SUPPORTED = List.of("fr", "nl", "de");

    @Inject
    HttpHeaders headers;

    @Inject
    SignedInPerson person;

    @Inject
    SecurityIdentity identity;

    /** The language the person chose on a page, if they did. */
    public Optional<String> chosen() {
        return Optional.ofNullable(headers.getCookies().get(COOKIE)).map(Cookie::getValue).filter(SUPPORTED::contains);
    }

    public String code() {
        return chosen()
                .or(() -> identity.isAnonymous() ? Optional.empty() : person.locale().filter(SUPPORTED::contains))
                .or(() -> headers.getAcceptableLanguages().stream().map(Locale::getLanguage).filter(SUPPORTED::contains).findFirst())
                .orElse("fr");
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }
}
