package id.netralitas.regulation;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.QueryDates;
import id.netralitas.employee.EmployeeType;
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

/** The sanction catalogue (PP 42/2004, PP 94/2021, legacy PP 53/2010, UU ASN): public reads, admin changes as new versions. */
@Path("/api/v1/sanctions")
@Tag(name = "Sanctions")
@Produces(MediaType.APPLICATION_JSON)
public class SanctionResource
        extends CatalogueResource<Sanction, SanctionDtos.SanctionRequest, SanctionDtos.SanctionResponse> {

    @Inject
    SanctionService service;

    @Inject
    CalendarService calendar;

    public SanctionResource() {
        super("sanctions", SanctionDtos.SanctionResponse::of);
    }

    @Override
    protected CatalogueService<Sanction, SanctionDtos.SanctionRequest> service() {
        return service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listSanctions", summary = "List sanctions valid on a date",
            description = "The versions valid on `validOn` (today, WIB, by default); all versions of one code are at "
                    + "/sanctions/{code}/versions. Filters combine with AND. Sort fields: `code` (default), "
                    + "`validFrom`. Legacy PP 53/2010 sanctions are valid until 2021-08-30: ask with "
                    + "`validOn=2020-10-10` to see them.")
    @APIResponse(responseCode = "200", description = "A page of sanctions")
    public PageResponse<SanctionDtos.SanctionResponse> listSanctions(
            @Parameter(description = "Only this level") @QueryParam("level") SanctionLevel level,
            @Parameter(description = "Only sanctions that apply to this employee type") @QueryParam("employeeType")
            EmployeeType employeeType,
            @Parameter(description = "Versions valid on this date (YYYY-MM-DD); today by default", example = "2020-10-10",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @QueryParam("validOn") String validOn,
            @Parameter(description = "Case-insensitive search in code and descriptions", example = "tukin")
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        SanctionService.Filter filter = new SanctionService.Filter(level, employeeType,
                QueryDates.parseOr(validOn, "validOn", calendar.today()), q);
        return service.list(filter, page).map(SanctionDtos.SanctionResponse::of);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getSanction", summary = "Get a sanction",
            description = "The version valid on `validOn` (today by default), or the given `version`; not both. "
                    + "The ETag is the version number, for If-Match on a change.")
    @APIResponse(responseCode = "200", description = "The sanction",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SanctionDtos.SanctionResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown code (`SANCTION_NOT_FOUND`), no version valid on "
            + "the date (`CATALOGUE_NOT_VALID_ON_DATE`) or no such version (`CATALOGUE_VERSION_NOT_FOUND`)")
    public Response getSanction(
            @Parameter(description = "Sanction code", example = "TURUN_JABATAN_12",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN))
            @PathParam("code") String code,
            @Valid @BeanParam VersionSelector selector) {
        return entry(code, selector);
    }

    @GET
    @Path("{code}/versions")
    @PermitAll
    @Operation(operationId = "listSanctionVersions", summary = "List every version of a sanction",
            description = "Oldest first, with their validity periods.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "Unknown code (`SANCTION_NOT_FOUND`)")
    public CatalogueParams.Versions<SanctionDtos.SanctionResponse> listSanctionVersions(
            @Parameter(description = "Sanction code", example = "TURUN_JABATAN_12",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN))
            @PathParam("code") String code) {
        return versions(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSanction", summary = "Add a sanction",
            description = "Admin only. Creates version 1 of a new code. Legal references must name seeded regulations "
                    + "and articles.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new version",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
                    @Header(name = HttpHeaders.ETAG, description = "The version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 32))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SanctionDtos.SanctionResponse.class)))
    @APIResponse(responseCode = "409", description = "The code exists (`CATALOGUE_CODE_EXISTS`); change it with PUT")
    @APIResponse(responseCode = "422", description = "A legal reference does not exist")
    public Response createSanction(@NotNull @Valid SanctionDtos.SanctionRequest request, @Context UriInfo uri) {
        return created(request, uri);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSanction", summary = "Change a sanction from a date on",
            description = "Admin only. Never rewrites a version: the latest version ends the day before the body's "
                    + "`validFrom` (which must be after the latest version's start) and the body becomes the next "
                    + "version. Requires `If-Match` with the ETag of the latest version.")
    @APIResponse(responseCode = "200", description = "The new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SanctionDtos.SanctionResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown code (`SANCTION_NOT_FOUND`)")
    @APIResponse(responseCode = "409", description = "`validFrom` is not after the latest version's start "
            + "(`CATALOGUE_VALID_FROM_TOO_EARLY`)")
    @APIResponse(responseCode = "412", description = "`If-Match` is not the latest version")
    @APIResponse(responseCode = "422", description = "A legal reference does not exist")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response updateSanction(
            @Parameter(description = "Sanction code", example = "TURUN_JABATAN_12",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN))
            @PathParam("code") String code,
            @BeanParam CatalogueIfMatch ifMatch,
            @NotNull @Valid SanctionDtos.SanctionRequest request) {
        return changed(code, ifMatch, request);
    }
}
