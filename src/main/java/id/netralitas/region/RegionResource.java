package id.netralitas.region;

import id.netralitas.common.error.Problem;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public reference data: provinces, kabupaten/kota and, once imported, kecamatan and desa/kelurahan. */
@Path("/api/v1/regions")
@Tag(name = "Regions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class RegionResource {

    /** Dotted ("74.71") or compact ("7471") code, 1 to 4 levels deep. */
    static final String CODE_PATTERN = "^\\d{2}((\\.?\\d{2}){0,2}|(\\.?\\d{2}){2}\\.?\\d{4})$";

    @Inject
    RegionService service;

    @GET
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "Filters combine with AND. Sort fields: `code` (default), `name`, `level`.")
    @APIResponse(responseCode = "200", description = "A page of regions")
    public PageResponse<RegionResponse> listRegions(
            @Parameter(description = "Only regions of this level") @QueryParam("level") RegionLevel level,
            @Parameter(description = "Only direct children of this region (dotted or compact code)",
                    schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN, maxLength = 13), example = "74")
            @QueryParam("parentCode") @Size(max = 13) String parentCode,
            @Parameter(description = "Case-insensitive search in the name", example = "kendari")
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        return service.list(new RegionService.Filter(level, parentCode, q), page).map(RegionResponse::of);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getRegion", summary = "Get a region by code",
            description = "Accepts the dotted (`74.71`) and the compact (`7471`) form.")
    @APIResponse(responseCode = "200", description = "The region")
    @APIResponse(responseCode = "404", description = "No region has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegionResponse getRegion(
            @Parameter(description = "Region code", schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN, maxLength = 13),
                    example = "74.71") @PathParam("code") String code) {
        return RegionResponse.of(service.get(code));
    }

    @GET
    @Path("{code}/children")
    @Operation(operationId = "listRegionChildren", summary = "List the direct children of a region",
            description = "Kabupaten/kota of a province, kecamatan of a kabupaten/kota (once imported), and so on. "
                    + "Sort fields: `code` (default), `name`, `level`.")
    @APIResponse(responseCode = "200", description = "A page of child regions")
    public PageResponse<RegionResponse> listRegionChildren(
            @Parameter(description = "Region code", schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN, maxLength = 13),
                    example = "74") @PathParam("code") String code,
            @Valid @BeanParam PageParams page) {
        return service.children(code, page).map(RegionResponse::of);
    }
}
