package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.api.BeneficiaryDtos.BeneficiaryQuery;
import be.cpas.piis.contracts.api.BeneficiaryDtos.BeneficiaryView;
import be.cpas.piis.contracts.api.BeneficiaryDtos.ContactDto;
import be.cpas.piis.contracts.api.BeneficiaryDtos.NewBeneficiary;
import be.cpas.piis.contracts.application.RecordingContact;
import be.cpas.piis.contracts.application.RegisteringBeneficiary;
import be.cpas.piis.contracts.application.RegisteringBeneficiary.Registration;
import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.NameSearch;
import be.cpas.piis.contracts.persistence.BeneficiaryRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.paging.Cursor;
import be.cpas.piis.platform.paging.Page;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.security.CurrentCpas;
import be.cpas.piis.platform.security.Roles;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Produces(MediaType.APPLICATION_JSON)
@Path("/piis/v1/beneficiaries")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.COUNCIL, Roles.CPAS_ADMIN, Roles.AUDITOR})
public class BeneficiaryResource {

    private static final int NAME_SEARCH_LEAST_LETTERS = 2;
    private static final int NAME_SEARCH_LIMIT = 50;

    @Inject
    RegisteringBeneficiary registering;

    @Inject
    RecordingContact recordingContact;

    @Inject
    BeneficiaryRepository beneficiaries;

    @Inject
    CurrentCpas cpas;

    @Inject
    PiisClock clock;

    @Inject
    AuditTrail audit;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Register a beneficiary of the caller's CPAS (NISS checked, X3); one taken over from another CPAS after a move "
            + "names it and the day of the move (takenOverFrom, takenOverOn: T2, never a new beneficiary for C1)")
    @APIResponse(responseCode = "201", description = "Created, at the Location it gives",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BeneficiaryView.class)))
    public Response register(@Valid @NotNull NewBeneficiary request) {
        Beneficiary beneficiary = registering.register(cpas.code(), new Registration(request.ssin(), request.firstName(),
                request.lastName(), request.birthDate(), request.language(),
                request.contact() == null ? null : request.contact().toContact(), Boolean.TRUE.equals(request.student()),
                request.risDecisionDate(),
                request.previousRisEndedOn(), request.cpasEmploymentEndedOn(), request.takenOverFrom(), request.takenOverOn()));
        URI href = hrefOf(beneficiary.id());
        return Response.created(href).entity(BeneficiaryView.of(beneficiary, href)).build();
    }

    /** C1: "all beneficiaries of my CPAS whose deadline falls in the next 14 days", soonest first. */
    @GET
    @Transactional
    @Operation(summary = "Beneficiaries whose signing deadline (C1) falls within the next days, soonest first")
    public Page<BeneficiaryView> list(@QueryParam("signingDeadlineWithinDays") @NotNull @Min(0) @Max(366) Integer withinDays,
                                      @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize,
                                      @QueryParam(Cursor.PARAMETER) String cursor) {
        LocalDate today = clock.today();
        Optional<Cursor.DateAndId> after = Optional.ofNullable(cursor).map(Cursor::dateAndId);
        List<Beneficiary> found = beneficiaries.pageByDeadline(cpas.code(), today, today.plusDays(withinDays), after, pageSize + 1);
        return Page.of(found, pageSize, beneficiary -> new Object[] {beneficiary.signingDeadline(), beneficiary.id()},
                beneficiary -> BeneficiaryView.of(beneficiary, hrefOf(beneficiary.id())), uriInfo);
    }

    @GET
    @Path("/{beneficiaryId}")
    @Operation(summary = "A beneficiary of the caller's CPAS, with the C1 signing deadline")
    public BeneficiaryView read(@PathParam("beneficiaryId") UUID beneficiaryId) {
        Beneficiary beneficiary = beneficiaries.findInCpas(beneficiaryId, cpas.code())
                .orElseThrow(() -> new ResourceNotFoundException("resource.beneficiary", beneficiaryId));
        return BeneficiaryView.of(beneficiary, hrefOf(beneficiary.id()));
    }

    /** A4: the address every letter goes to, and how to reach the beneficiary; replaced whole. */
    @PUT
    @Path("/{beneficiaryId}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record the beneficiary's postal address, e-mail and phone, which letters use (A4, X4)")
    public BeneficiaryView recordContact(@PathParam("beneficiaryId") UUID beneficiaryId, @Valid @NotNull ContactDto contact) {
        Beneficiary beneficiary = recordingContact.record(cpas.code(), beneficiaryId, contact.toContact());
        return BeneficiaryView.of(beneficiary, hrefOf(beneficiary.id()));
    }

    /** X4: every change of the beneficiary's file, who made it and when; read-only. */
    @GET
    @Path("/{beneficiaryId}/audit")
    @Transactional
    @Operation(summary = "The audit trail of a beneficiary: registration, exemptions, missed deadlines (X4)")
    public Map<String, List<AuditTrail.Entry>> audit(@PathParam("beneficiaryId") UUID beneficiaryId) {
        Beneficiary beneficiary = beneficiaries.findInCpas(beneficiaryId, cpas.code())
                .orElseThrow(() -> new ResourceNotFoundException("resource.beneficiary", beneficiaryId));
        return Map.of("items", audit.of(beneficiary.cpas(), RegisteringBeneficiary.AUDITED_AS, beneficiary.id()));
    }

    /** The NISS and the names are sensitive and never go in a URL ([sens-dat]): look a person up by POSTing them. */
    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find the caller's CPAS's beneficiary with a given NISS, or those whose names begin with the words of a name")
    @Transactional
    public Map<String, List<BeneficiaryView>> search(@Valid @NotNull BeneficiaryQuery query) {
        List<Beneficiary> found;
        if (query.ssin() != null) {
            found = beneficiaries.findBySsin(query.ssin(), cpas.code()).stream().toList();
        } else {
            List<String> words = NameSearch.words(query.name());
            if (String.join("", words).length() < NAME_SEARCH_LEAST_LETTERS) {
                throw new InvalidInputException(InputIssue.invalidInput("body", query.name() == null ? "ssin" : "name", query.name(),
                        query.name() == null ? "give the ssin or a name" : "give at least " + NAME_SEARCH_LEAST_LETTERS + " letters of a name"));
            }
            found = beneficiaries.findByName(cpas.code(), words, NAME_SEARCH_LIMIT);
        }
        return Map.of("items", found.stream().map(beneficiary -> BeneficiaryView.of(beneficiary, hrefOf(beneficiary.id()))).toList());
    }


    private URI hrefOf(UUID id) {
        return uriInfo.getBaseUriBuilder().path("piis/v1/beneficiaries/{id}").build(id);
    }
}
