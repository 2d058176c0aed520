package be.cpas.piis.transfer.api;

import be.cpas.piis.platform.directory.Municipality;
import be.cpas.piis.platform.directory.NationalDirectory;
import be.cpas.piis.platform.directory.PostalAddress;
import be.cpas.piis.platform.directory.Region;
import be.cpas.piis.platform.directory.TribunalDivision;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.Page;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.transfer.application.CpasDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * X11, T1, T5: every CPAS of the national directory, any of which a transfer may go to, with the
 * system that serves it: this deployment, or its own system's transfer API.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/cpas")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR, Roles.PARTNER_CPAS})
public class CpasResource {

    private static final Pattern NIS_CODE = Pattern.compile("\\d{5}");

    /**
     * A CPAS: {@code name} and {@code language} are its name and the language of its letters, the
     * first of its municipality's; {@code transferApi} is absent for a CPAS this deployment serves;
     * {@code labourTribunals} (on one CPAS only) the divisions competent for its beneficiaries.
     */
    public record CpasView(String nisCode, URI href, String name, Language language, List<Language> languages, MunicipalityView municipality,
                           Region region, boolean servedHere, URI transferApi, List<DivisionView> labourTribunals) {
    }

    /** The municipality's names; {@code nameDe} is the one a German text uses (the data has no German names but the nine German-speaking municipalities'). */
    public record MunicipalityView(String nameFr, String nameNl, String nameDe, String arrondissementFr, String arrondissementNl,
                                   String provinceFr, String provinceNl) {

        static MunicipalityView of(Municipality municipality) {
            return new MunicipalityView(municipality.nameFr(), municipality.nameNl(), municipality.name(Language.DE),
                    municipality.arrondissementFr(), municipality.arrondissementNl(), municipality.provinceFr(), municipality.provinceNl());
        }
    }

    /**
     * A labour tribunal division: in Brussels-Capital, the francophone one for files in French (and
     * German) and the Dutch-speaking one for files in Dutch, each by its {@code language}.
     * {@code addressComplete} is false where the source could not confirm the whole address.
     */
    public record DivisionView(String tribunalId, String nameFr, String nameNl, String division, Language language, PostalAddress address,
                               boolean addressComplete, String source) {

        static DivisionView of(TribunalDivision division) {
            return new DivisionView(division.tribunalId(), division.tribunalNameFr(), division.tribunalNameNl(), division.division(),
                    division.language(), division.address(), division.address().isComplete(), division.source());
        }
    }

    @Inject
    CpasDirectory directory;

    @Inject
    NationalDirectory national;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every CPAS of the national directory by NIS code, and which system serves it (X11): by name, region, language "
            + "(repeat a filter to OR its values)")
    public Page<CpasView> list(@Parameter(description = "part of the French or Dutch name, whatever the case and accents")
                               @QueryParam("name") List<String> names,
                               @Parameter(description = "flanders, wallonia or brussels") @QueryParam("region") List<String> regions,
                               @Parameter(description = "a language of its administration: fr, nl or de") @QueryParam("language")
                               List<String> languages,
                               @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                               @QueryParam(Cursor.PARAMETER) String cursor) {
        Set<Region> wantedRegions = regions.stream().map(region -> Codes.parseQuery(Region.class, "region", region)).collect(Collectors.toSet());
        Set<Language> wantedLanguages = languages.stream().map(language -> Codes.parseQuery(Language.class, "language", language))
                .collect(Collectors.toSet());
        Predicate<Municipality> wanted = municipality -> (names.isEmpty() || names.stream().anyMatch(municipality::nameContains))
                && (wantedRegions.isEmpty() || wantedRegions.contains(municipality.region()))
                && (wantedLanguages.isEmpty() || municipality.languages().stream().anyMatch(wantedLanguages::contains));
        Optional<String> after = Optional.ofNullable(cursor).map(CpasResource::nisCodeOf);
        return Page.of(directory.page(wanted, after, pageSize + 1), pageSize, cpas -> new Object[] {cpas.nisCode()},
                cpas -> viewOf(cpas, null), uriInfo);
    }

    @GET
    @Path("/{nisCode}")
    @Operation(summary = "One CPAS of the national directory, with the labour tribunal divisions competent for its beneficiaries and which "
            + "system serves it (X11)")
    public CpasView read(@Parameter(description = "the NIS code of its municipality, 5 digits") @PathParam("nisCode") String nisCode) {
        if (!NIS_CODE.matcher(nisCode).matches()) {
            throw new InvalidInputException(InputIssue.invalid("path", "nisCode", nisCode, "is a NIS code: 5 digits"));
        }
        CpasDirectory.Cpas cpas = directory.find(nisCode).orElseThrow(() -> new ResourceNotFoundException("resource.cpas", nisCode));
        return viewOf(cpas, national.labourTribunalsFor(nisCode).stream().map(DivisionView::of).toList());
    }

    /** The NIS code after which a page continues; a cursor this collection did not give out is a 400. */
    private static String nisCodeOf(String cursor) {
        String nisCode = Cursor.decode(cursor, 1).get(0);
        if (!NIS_CODE.matcher(nisCode).matches()) {
            throw Cursor.invalid(cursor);
        }
        return nisCode;
    }

    private CpasView viewOf(CpasDirectory.Cpas cpas, List<DivisionView> labourTribunals) {
        Municipality municipality = cpas.municipality();
        URI href = uriInfo.getBaseUriBuilder().path("piis/v1/cpas/{nisCode}").build(cpas.nisCode());
        return new CpasView(cpas.nisCode(), href, cpas.name(municipality.mainLanguage()), municipality.mainLanguage(), municipality.languages(),
                MunicipalityView.of(municipality), municipality.region(), cpas.servedHere(), cpas.transferApi().orElse(null), labourTribunals);
    }
}
