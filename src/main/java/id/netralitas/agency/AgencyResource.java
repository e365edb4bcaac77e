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

/** Agencies (instansi): central bodies and the regional governments of every province and kabupaten/kota. */
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9.-]{1,39}$";

    @Inject
    AgencyService service;

    @GET
    @Authenticated
    public PageResponse<AgencyResponse> listAgencies(
            @QueryParam("type") AgencyType type,
            @QueryParam("regionCode") @Size(max = 13) String regionCode,
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        return service.list(new AgencyService.Filter(type, regionCode, q), page).map(AgencyResponse::of);
    }

    @GET
    @Path("{code}")
    @Authenticated
    public Response getAgency(@PathParam("code") String code) {
        Agency agency = service.get(code);
        return Tagged.ok(AgencyResponse.of(agency), agency.version);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createAgency(@NotNull @Valid AgencyRequest request) {
        Agency agency = service.create(request);
        return new Tagged<>(AgencyResponse.of(agency), agency.version).created(URI.create("/api/v1/agencies/" + agency.code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateAgency(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AgencyRequest request) {
        Agency agency = service.update(code, request, ifMatch);
        return Tagged.ok(AgencyResponse.of(agency), agency.version);
    }
}
