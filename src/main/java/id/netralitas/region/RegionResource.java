package id.netralitas.region;

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

/** Public reference data: provinces, kabupaten/kota and, once imported, kecamatan and desa/kelurahan. */
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class RegionResource {

    /** Dotted ("74.71") or compact ("7471") code, 1 to 4 levels deep. */
    static final String CODE_PATTERN = "^\\d{2}((\\.?\\d{2}){0,2}|(\\.?\\d{2}){2}\\.?\\d{4})$";

    @Inject
    RegionService service;

    @GET
    public PageResponse<RegionResponse> listRegions(
            @QueryParam("level") RegionLevel level,
            @QueryParam("parentCode") @Size(max = 13) String parentCode,
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        return service.list(new RegionService.Filter(level, parentCode, q), page).map(RegionResponse::of);
    }

    @GET
    @Path("{code}")
    public RegionResponse getRegion(@PathParam("code") String code) {
        return RegionResponse.of(service.get(code));
    }

    @GET
    @Path("{code}/children")
    public PageResponse<RegionResponse> listRegionChildren(
            @PathParam("code") String code,
            @Valid @BeanParam PageParams page) {
        return service.children(code, page).map(RegionResponse::of);
    }
}
