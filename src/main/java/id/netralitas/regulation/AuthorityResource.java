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

/** Handling authorities over time: public reads, admin changes as new versions. */
@Path("/api/v1/authorities")
@Tag(name = "Authorities")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorityResource
        extends CatalogueResource<Authority, AuthorityDtos.AuthorityRequest, AuthorityDtos.AuthorityResponse> {

    @Inject
    AuthorityService service;

    @Inject
    CalendarService calendar;

    public AuthorityResource() {
        super("authorities", AuthorityDtos.AuthorityResponse::of);
    }

    @Override
    protected CatalogueService<Authority, AuthorityDtos.AuthorityRequest> service() {
        return service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listAuthorities", summary = "Who handled neutrality cases on a date",
            description = "The authorities valid on `on` (today, WIB, by default): Bawaslu for intake and the "
                    + "supervising authority that verifies cases and recommends sanctions (KASN until 2024-08-23, "
                    + "BKN from 2024-08-24). Filter by `function`. Sort fields: `function,code` (default), `code`, "
                    + "`validFrom`.")
    @APIResponse(responseCode = "200", description = "A page of authorities")
    public PageResponse<AuthorityDtos.AuthorityResponse> listAuthorities(
            @Parameter(description = "The date (YYYY-MM-DD); today by default", example = "2024-08-24",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @QueryParam("on") String on,
            @Parameter(description = "Only this function") @QueryParam("function") AuthorityFunction function,
            @Valid @BeanParam PageParams page) {
        return service.list(QueryDates.parseOr(on, "on", calendar.today()), function, page)
                .map(AuthorityDtos.AuthorityResponse::of);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getAuthority", summary = "Get an authority",
            description = "The version valid on `validOn` (today by default), or the given `version`; not both. "
                    + "The ETag is the version number, for If-Match on a change.")
    @APIResponse(responseCode = "200", description = "The authority",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorityDtos.AuthorityResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown code (`AUTHORITY_NOT_FOUND`), no version valid on "
            + "the date (`CATALOGUE_NOT_VALID_ON_DATE`) or no such version (`CATALOGUE_VERSION_NOT_FOUND`)")
    public Response getAuthority(
            @Parameter(description = "Authority code", example = "BKN",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN))
            @PathParam("code") String code,
            @Valid @BeanParam VersionSelector selector) {
        return entry(code, selector);
    }

    @GET
    @Path("{code}/versions")
    @PermitAll
    @Operation(operationId = "listAuthorityVersions", summary = "List every version of an authority",
            description = "Oldest first, with their validity periods.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "Unknown code (`AUTHORITY_NOT_FOUND`)")
    public CatalogueParams.Versions<AuthorityDtos.AuthorityResponse> listAuthorityVersions(
            @Parameter(description = "Authority code", example = "BKN",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN))
            @PathParam("code") String code) {
        return versions(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAuthority", summary = "Add an authority",
            description = "Admin only. Creates version 1 of a new code. Legal references must name seeded regulations "
                    + "and articles.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new version",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
                    @Header(name = HttpHeaders.ETAG, description = "The version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 32))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorityDtos.AuthorityResponse.class)))
    @APIResponse(responseCode = "409", description = "The code exists (`CATALOGUE_CODE_EXISTS`); change it with PUT")
    @APIResponse(responseCode = "422", description = "A legal reference does not exist")
    public Response createAuthority(@NotNull @Valid AuthorityDtos.AuthorityRequest request, @Context UriInfo uri) {
        return created(request, uri);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAuthority", summary = "Change an authority from a date on",
            description = "Admin only. Never rewrites a version: the latest version ends the day before the body's "
                    + "`validFrom` (which must be after the latest version's start) and the body becomes the next "
                    + "version. Requires `If-Match` with the ETag of the latest version.")
    @APIResponse(responseCode = "200", description = "The new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorityDtos.AuthorityResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown code (`AUTHORITY_NOT_FOUND`)")
    @APIResponse(responseCode = "409", description = "`validFrom` is not after the latest version's start "
            + "(`CATALOGUE_VALID_FROM_TOO_EARLY`)")
    @APIResponse(responseCode = "412", description = "`If-Match` is not the latest version")
    @APIResponse(responseCode = "422", description = "A legal reference does not exist")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response updateAuthority(
            @Parameter(description = "Authority code", example = "BKN",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = CatalogueVersions.CODE_PATTERN))
            @PathParam("code") String code,
            @BeanParam CatalogueIfMatch ifMatch,
            @NotNull @Valid AuthorityDtos.AuthorityRequest request) {
        return changed(code, ifMatch, request);
    }
}
