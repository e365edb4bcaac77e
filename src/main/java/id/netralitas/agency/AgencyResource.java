package id.netralitas.agency;

import id.netralitas.common.error.Problem;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agencies (instansi): central bodies and the regional governments of every province and kabupaten/kota. */
@Path("/api/v1/agencies")
@Tag(name = "Agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9.-]{1,39}$";
    /** Lookups by code ignore letter case. */
    static final String CODE_LOOKUP_PATTERN = "^[A-Za-z0-9][A-Za-z0-9.-]{1,39}$";

    @Inject
    AgencyService service;

    @GET
    @Authenticated
    @Operation(operationId = "listAgencies", summary = "List agencies",
            description = "Any signed-in role. `regionCode` includes the agencies of every region below it "
                    + "(`74` gives the province of Sulawesi Tenggara and its kabupaten/kota). Sort fields: `code` "
                    + "(default), `name`, `type`.")
    @APIResponse(responseCode = "200", description = "A page of agencies")
    public PageResponse<AgencyResponse> listAgencies(
            @Parameter(description = "Only agencies of this type") @QueryParam("type") AgencyType type,
            @Parameter(description = "Only agencies in this region or below it",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 13), example = "74")
            @QueryParam("regionCode") @Size(max = 13) String regionCode,
            @Parameter(description = "Case-insensitive search in the name and code", example = "kendari")
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        return service.list(new AgencyService.Filter(type, regionCode, q), page).map(AgencyResponse::of);
    }

    @GET
    @Path("{code}")
    @Authenticated
    @Operation(operationId = "getAgency", summary = "Get an agency by code")
    @APIResponse(responseCode = "200", description = "The agency",
            headers = @Header(name = "ETag", description = "Version of the agency, for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 24)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyResponse.class)))
    @APIResponse(responseCode = "404", description = "No agency has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getAgency(@Parameter(description = "Agency code", example = "KOTA-74.71",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = CODE_LOOKUP_PATTERN))
                              @PathParam("code") String code) {
        Agency agency = service.get(code);
        return Response.ok(AgencyResponse.of(agency)).tag(tag(agency)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAgency", summary = "Create an agency", description = "Admin only.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyResponse.class)))
    @APIResponse(responseCode = "409", description = "An agency with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The region does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createAgency(@NotNull @Valid AgencyRequest request) {
        Agency agency = service.create(request);
        return Response.created(URI.create("/api/v1/agencies/" + agency.code)).tag(tag(agency))
                .entity(AgencyResponse.of(agency)).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAgency", summary = "Replace an agency's details",
            description = "Admin only. Requires `If-Match` with the ETag last read. The code never changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The region does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateAgency(
            @Parameter(description = "Agency code", schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                    pattern = CODE_LOOKUP_PATTERN)) @PathParam("code") String code,
            @Parameter(description = "ETag of the version being replaced",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 24)) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AgencyRequest request) {
        Agency agency = service.update(code, request, ifMatch);
        return Response.ok(AgencyResponse.of(agency)).tag(tag(agency)).build();
    }

    private static EntityTag tag(Agency agency) {
        return EntityTags.header(agency.version);
    }
}
