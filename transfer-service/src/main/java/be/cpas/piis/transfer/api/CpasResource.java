package be.cpas.piis.transfer.api;

import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.transfer.application.CpasDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The directory of CPAS this deployment knows (T5, T6): where a transfer goes, and whether this deployment serves it. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/cpas")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR, Roles.PARTNER_CPAS})
public class CpasResource {

    /** {@code transferApi} is absent for a CPAS this deployment serves. */
    public record CpasView(String nisCode, URI href, String name, String language, boolean servedHere, URI transferApi) {
    }

    @Inject
    CpasDirectory directory;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The CPAS this deployment knows, by NIS code")
    public Map<String, List<CpasView>> list() {
        return Map.of("items", directory.cpas().keySet().stream().sorted(Comparator.naturalOrder()).map(this::viewOf).toList());
    }

    @GET
    @Path("/{nisCode}")
    @Operation(summary = "One CPAS of the directory")
    public CpasView read(@PathParam("nisCode") String nisCode) {
        if (directory.find(nisCode).isEmpty()) {
            throw new ResourceNotFoundException("CPAS", nisCode);
        }
        return viewOf(nisCode);
    }

    private CpasView viewOf(String nisCode) {
        CpasDirectory.Entry entry = directory.cpas().get(nisCode);
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/cpas/{nisCode}").build(nisCode);
        return new CpasView(nisCode, href, entry.name(), entry.language(), entry.transferApi().isEmpty(), entry.transferApi().orElse(null));
    }
}
