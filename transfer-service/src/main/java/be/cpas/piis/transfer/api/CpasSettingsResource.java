package be.cpas.piis.transfer.api;

import be.cpas.piis.events.CpasSettingsChanged;
import be.cpas.piis.platform.api.Representations;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.transfer.application.KeepingCpasSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * X12: the settings of the caller's CPAS, in one place for every service: its name and postal address
 * in its languages, its meeting places, who signs its decisions, who its e-mails and invitations come
 * from, and the labour tribunal it names where it corrects the directory's. Another CPAS's settings
 * are not the caller's to read (X1).
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/cpas/{nisCode}/settings")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class CpasSettingsResource {

    public record Texts(@Size(max = 200) String fr, @Size(max = 200) String nl, @Size(max = 200) String de) {

        CpasSettingsChanged.Texts kept() {
            return new CpasSettingsChanged.Texts(fr, nl, de);
        }
    }

    public record PostalAddress(@NotBlank @Size(max = 200) String street, @NotNull @Pattern(regexp = "[1-9][0-9]{3}") String postalCode,
                                @NotBlank @Size(max = 100) String city) {

        CpasSettingsChanged.PostalAddress kept() {
            return new CpasSettingsChanged.PostalAddress(street, postalCode, city);
        }
    }

    public record Addresses(@Valid PostalAddress fr, @Valid PostalAddress nl, @Valid PostalAddress de) {

        CpasSettingsChanged.Addresses kept() {
            return new CpasSettingsChanged.Addresses(keptOrNull(fr), keptOrNull(nl), keptOrNull(de));
        }
    }

    public record MeetingPlace(@NotNull @Pattern(regexp = "[a-z][A-Za-z0-9]{0,39}") String code, @NotNull @Valid Texts names,
                               @NotNull @Valid Addresses addresses) {

        CpasSettingsChanged.MeetingPlace kept() {
            return new CpasSettingsChanged.MeetingPlace(code, names.kept(), addresses.kept());
        }
    }

    public record Signatories(@Size(max = 200) String president, @Size(max = 200) String generalDirector) {
    }

    public record Sender(@Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email) {
    }

    public record LabourTribunal(@NotBlank @Size(max = 300) String name, @NotNull @Valid PostalAddress address) {

        CpasSettingsChanged.LabourTribunal kept() {
            return new CpasSettingsChanged.LabourTribunal(name, address.kept());
        }
    }

    public record LabourTribunals(@Valid LabourTribunal fr, @Valid LabourTribunal nl, @Valid LabourTribunal de) {

        CpasSettingsChanged.LabourTribunals kept() {
            return new CpasSettingsChanged.LabourTribunals(fr == null ? null : fr.kept(), nl == null ? null : nl.kept(),
                    de == null ? null : de.kept());
        }
    }

    /** The whole of the settings: what is left out is no longer set. */
    public record Settings(@Valid Texts names, @Valid Addresses addresses, @Valid @Size(max = 20) List<@NotNull @Valid MeetingPlace> meetingPlaces,
                           @Valid Signatories signatories, @Valid Sender sender, @Valid LabourTribunals labourTribunals) {

        CpasSettingsChanged kept(String cpas) {
            return new CpasSettingsChanged(null, cpas, 0, names == null ? null : names.kept(), addresses == null ? null : addresses.kept(),
                    meetingPlaces == null ? List.of() : meetingPlaces.stream().map(MeetingPlace::kept).toList(),
                    signatories == null ? null : new CpasSettingsChanged.Signatories(signatories.president(), signatories.generalDirector()),
                    sender == null ? null : new CpasSettingsChanged.Sender(sender.name(), sender.email()),
                    labourTribunals == null ? null : labourTribunals.kept());
        }
    }

    @Inject
    KeepingCpasSettings keeping;

    @Inject
    CpasSettingsStore store;

    @Inject
    CurrentCpas cpas;

    @GET
    @Operation(summary = "The settings of the caller's CPAS, with their version (X12)")
    public CpasSettingsChanged read(@PathParam("nisCode") String nisCode) {
        return store.kept(own(nisCode)).orElseThrow(() -> new ResourceNotFoundException("resource.cpasSettings", nisCode));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CPAS_ADMIN)
    @Operation(summary = "Keep the settings of the caller's CPAS: a new version for every service, audited (X4, X12)")
    public CpasSettingsChanged keep(@PathParam("nisCode") String nisCode, @Valid @NotNull Settings settings) {
        return keeping.keep(own(nisCode), settings.kept(nisCode));
    }

    @GET
    @Path("/letterPreview")
    @Produces(Representations.PDF)
    @Operation(summary = "A letter of the caller's CPAS as its settings make it today, in lang, else the language Accept-Language asks, "
            + "else French: letterhead, meeting places, the labour tribunal named for an appeal, sender and signatories (X12); "
            + "refused with X12 naming the setting a letter would miss")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = Representations.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letterPreview(@PathParam("nisCode") String nisCode,
                                  @Parameter(description = "fr, nl or de") @QueryParam(DocumentLanguages.QUERY_PARAMETER) String lang,
                                  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = DocumentLanguages.asked(lang, acceptLanguage).orElse(Language.FR);
        return Response.ok(keeping.letterPreview(own(nisCode), language), Representations.PDF)
                .header(HttpHeaders.CONTENT_LANGUAGE, DocumentLanguages.tagOf(language)).build();
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Every change of the settings of the caller's CPAS: who, when, before and after (X4)")
    public Map<String, List<AuditTrail.Entry>> audit(@PathParam("nisCode") String nisCode) {
        return Map.of("items", keeping.auditTrail(own(nisCode)));
    }

    private String own(String nisCode) {
        if (!cpas.code().equals(nisCode)) {
            throw new ResourceNotFoundException("resource.cpasSettings", nisCode);
        }
        return nisCode;
    }

    private static CpasSettingsChanged.PostalAddress keptOrNull(PostalAddress address) {
        return address == null ? null : address.kept();
    }
}
