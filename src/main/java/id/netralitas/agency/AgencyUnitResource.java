package id.netralitas.agency;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.Tagged;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The units (OPD and below) of an agency, as a tree listed top down. */
@Path("/api/v1/agencies/{code}/units")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyUnitResource {

    @Inject
    AgencyUnitService service;

    @GET
    @Authenticated
    public PageResponse<AgencyUnitDtos.UnitResponse> listAgencyUnits(
            @PathParam("code") String code,
            @QueryParam("under") @Size(max = 40) String under,
            @QueryParam("kind") UnitKind kind,
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        return service.list(code, new AgencyUnitService.Filter(under, kind, q), page);
    }

    @GET
    @Path("{unitCode}")
    @Authenticated
    public Response getAgencyUnit(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return service.get(code, unitCode).ok();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createAgencyUnit(@PathParam("code") String code, @NotNull @Valid AgencyUnitDtos.UnitRequest request) {
        Tagged<AgencyUnitDtos.UnitResponse> unit = service.create(code, request);
        return unit.created(URI.create("/api/v1/agencies/" + unit.body().agencyCode() + "/units/" + unit.body().code()));
    }

    @PUT
    @Path("{unitCode}")
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateAgencyUnit(
            @PathParam("code") String code,
            @PathParam("unitCode") String unitCode,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AgencyUnitDtos.UnitRequest request) {
        return service.update(code, unitCode, request, ifMatch).ok();
    }
}
