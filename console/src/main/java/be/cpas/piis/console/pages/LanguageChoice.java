package be.cpas.piis.console.pages;

import be.cpas.piis.console.signin.PageLanguage;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language a person chooses on a page: kept in a cookie, and the page shown again in it. */
@Path("/language")
public class LanguageChoice {

    private static final int A_YEAR = 365 * 24 * 3600;

    @POST
    public Response choose(@FormParam("language") String language, @FormParam("returnTo") String returnTo) {
        String chosen = PageLanguage.SUPPORTED.contains(language) ? language : "fr";
        NewCookie cookie = new NewCookie.Builder(PageLanguage.COOKIE).value(chosen).path("/").maxAge(A_YEAR)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(withinTheConsole(returnTo))).cookie(cookie).build();
    }

    /** Only a path of the console itself: never a redirect elsewhere. */
    private static String withinTheConsole(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/";
    }
}
