package be.cpas.piis.console.pages;

import be.cpas.piis.console.signin.PageLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where the identity provider sends a person back after signing out: the only page open to anyone. */
@Path("/signed-out")
public class SignedOutPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut(Frame frame);
    }

    @Inject
    PageLanguage language;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return Templates.signedOut(Frame.signedOut(language, "/signed-out")).setLocale(language.locale());
    }
}
