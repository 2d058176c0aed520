package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.Problem;
import be.cpas.piis.console.clients.Refusals;
import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a page shows when what it needs is not there: not found (or of another CPAS, which the APIs
 * never tell apart), not for the person's role, or an API that did not answer. Never a stack trace.
 */
public class FailurePages {

    private static final Logger LOG = Logger.getLogger(FailurePages.class);

    /** The kinds of failure a page explains, each with its words in the message bundle. */
    public enum Failure {
        NOT_FOUND(404), FORBIDDEN(403), REFUSED(422), UNAVAILABLE(502);

        private final int status;

        Failure(int status) {
            this.status = status;
        }

        public String titleKey() {
            return "failure_" + name().toLowerCase() + "_title";
        }

        public String textKey() {
            return "failure_" + name().toLowerCase() + "_text";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance failure(Frame frame, Failure failure, Problem problem);
    }

    @Inject
    SignedInPerson person;

    @Inject
    SecurityIdentity identity;

    @Inject
    PageLanguage language;

    @Inject
    Refusals refusals;

    @ServerExceptionMapper
    public Response failed(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        // A rule's refusal of what a link asked (a letter without the address it needs, A4) is said as the API said it.
        Problem problem = status == 409 || status == 422 ? refusals.of(failure).orElse(Problem.none()) : Problem.none();
        Failure shown = status == 404 ? Failure.NOT_FOUND : status == 403 ? Failure.FORBIDDEN
                : problem.refused() ? Failure.REFUSED : Failure.UNAVAILABLE;
        if (shown == Failure.UNAVAILABLE) {
            LOG.warnf("A page could not be shown: an API answered %d", status);
        }
        Frame frame = identity.isAnonymous() ? Frame.signedOut(language, "/") : Frame.of(person, language, "/");
        return Response.status(shown.status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.failure(frame, shown, problem).setLocale(language.locale())).build();
    }
}
