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
import jakarta.ws.rs.HeaderParam;
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

/** The sanction catalogue (PP 42/2004, PP 94/2021, legacy PP 53/2010, UU ASN): public reads, admin changes as new versions. */
@Path("/api/v1/sanctions")
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
    public PageResponse<SanctionDtos.SanctionResponse> listSanctions(
            @QueryParam("level") SanctionLevel level,
            @QueryParam("employeeType") EmployeeType employeeType,
            @QueryParam("validOn") String validOn,
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        SanctionService.Filter filter = new SanctionService.Filter(level, employeeType,
                QueryDates.parseOr(validOn, "validOn", calendar.today()), q);
        return service.list(filter, page).map(SanctionDtos.SanctionResponse::of);
    }

    @GET
    @Path("{code}")
    @PermitAll
    public Response getSanction(@PathParam("code") String code, @Valid @BeanParam VersionSelector selector) {
        return entry(code, selector);
    }

    @GET
    @Path("{code}/versions")
    @PermitAll
    public CatalogueParams.Versions<SanctionDtos.SanctionResponse> listSanctionVersions(
            @PathParam("code") String code) {
        return versions(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createSanction(@NotNull @Valid SanctionDtos.SanctionRequest request, @Context UriInfo uri) {
        return created(request, uri);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateSanction(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SanctionDtos.SanctionRequest request) {
        return changed(code, ifMatch, request);
    }
}
