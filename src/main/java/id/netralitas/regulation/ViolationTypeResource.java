package id.netralitas.regulation;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.QueryDates;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The violation-type catalogue (SKB annexes): public reads, admin changes as new versions. */
@Path("/api/v1/violation-types")
@Tag(name = "Violation types")
@Produces(MediaType.APPLICATION_JSON)
public class ViolationTypeResource
        extends CatalogueResource<ViolationType, ViolationTypeDtos.ViolationTypeRequest, ViolationTypeDtos.ViolationTypeResponse> {

    @Inject
    ViolationTypeService service;

    @Inject
    CalendarService calendar;

    public ViolationTypeResource() {
        super("violation-types", ViolationTypeDtos.ViolationTypeResponse::of);
    }

    @Override
    protected CatalogueService<ViolationType, ViolationTypeDtos.ViolationTypeRequest> service() {
        return service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listViolationTypes", summary = "List violation types valid on a date",
            description = "The versions valid on `validOn` (today, WIB, by default); all versions of one code are at "
                    + "/violation-types/{code}/versions. Filters combine with AND. Sort fields: `code` (default), "
                    + "`category`, `validFrom`.")
    @APIResponse(responseCode = "200", description = "A page of violation types")
    public PageResponse<ViolationTypeDtos.ViolationTypeResponse> listViolationTypes(
            @Parameter(description = "Only this category") @QueryParam("category") ViolationCategory category,
            @Parameter(description = "Only types that apply in this candidate phase") @QueryParam("phase") CandidatePhase phase,
            @Parameter(description = "Versions valid on this date (YYYY-MM-DD); today by default", example = "2020-10-10",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @QueryParam("validOn") String validOn,
            @Parameter(description = "Case-insensitive search in code and descriptions", example = "media sosial")
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        ViolationTypeService.Filter filter = new ViolationTypeService.Filter(category, phase,
                QueryDates.parseOr(validOn, "validOn", calendar.today()), q);
        return service.list(filter, page).map(ViolationTypeDtos.ViolationTypeResponse::of);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getViolationType", summary = "Get a violation type",
            description = "The version valid on `validOn` (today by default), or the given `version`; not both. "
                    + "The ETag is the version number, for If-Match on a change.")
    @APIResponse(responseCode = "200", description = "The violation type",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ViolationTypeDtos.ViolationTypeResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown code (`VIOLATION_TYPE_NOT_FOUND`), no version valid on "
            + "the date (`CATALOGUE_NOT_VALID_ON_DATE`) or no such version (`CATALOGUE_VERSION_NOT_FOUND`)")
    public Response getViolationType(
            @Parameter(description = "Violation type code", example = "D-06",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN))
            @PathParam("code") String code,
            @Valid @BeanParam VersionSelector selector) {
        return entry(code, selector);
    }

    @GET
    @Path("{code}/versions")
    @PermitAll
    @Operation(operationId = "listViolationTypeVersions", summary = "List every version of a violation type",
            description = "Oldest first, with their validity periods.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "Unknown code (`VIOLATION_TYPE_NOT_FOUND`)")
    public CatalogueParams.Versions<ViolationTypeDtos.ViolationTypeResponse> listViolationTypeVersions(
            @Parameter(description = "Violation type code", example = "D-06",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN))
            @PathParam("code") String code) {
        return versions(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createViolationType", summary = "Add a violation type",
            description = "Admin only. Creates version 1 of a new code. Legal references must name seeded regulations "
                    + "and articles.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new version",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
                    @Header(name = HttpHeaders.ETAG, description = "The version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 32))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ViolationTypeDtos.ViolationTypeResponse.class)))
    @APIResponse(responseCode = "409", description = "The code exists (`CATALOGUE_CODE_EXISTS`); change it with PUT")
    @APIResponse(responseCode = "422", description = "A legal reference or the source regulation does not exist")
    public Response createViolationType(@NotNull @Valid ViolationTypeDtos.ViolationTypeRequest request, @Context UriInfo uri) {
        return created(request, uri);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateViolationType", summary = "Change a violation type from a date on",
            description = "Admin only. Never rewrites a version: the latest version ends the day before the body's "
                    + "`validFrom` (which must be after the latest version's start) and the body becomes the next "
                    + "version. Requires `If-Match` with the ETag of the latest version.")
    @APIResponse(responseCode = "200", description = "The new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ViolationTypeDtos.ViolationTypeResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown code (`VIOLATION_TYPE_NOT_FOUND`)")
    @APIResponse(responseCode = "409", description = "`validFrom` is not after the latest version's start "
            + "(`CATALOGUE_VALID_FROM_TOO_EARLY`)")
    @APIResponse(responseCode = "412", description = "`If-Match` is not the latest version")
    @APIResponse(responseCode = "422", description = "A legal reference or the source regulation does not exist")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response updateViolationType(
            @Parameter(description = "Violation type code", example = "D-06",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN))
            @PathParam("code") String code,
            @BeanParam CatalogueIfMatch ifMatch,
            @NotNull @Valid ViolationTypeDtos.ViolationTypeRequest request) {
        return changed(code, ifMatch, request);
    }
}
