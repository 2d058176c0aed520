package be.cpas.piis.console.pages;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A beneficiary's page is opened by its link alone: neither a page it leads to (the Referer) nor a
 * cache along the way may keep that link or what the page shows.
 */
public class OwnPageHeaders {

    @ServerResponseFilter
    public void keepTheLinkPrivate(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/mine/")) {
            response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
