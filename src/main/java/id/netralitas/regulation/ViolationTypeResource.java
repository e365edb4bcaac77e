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

/** The violation-type catalogue (SKB annexes): public reads, admin changes as new versions. */
@Path("/api/v1/violation-types")
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
    public PageResponse<ViolationTypeDtos.ViolationTypeResponse> listViolationTypes(
            @QueryParam("category") ViolationCategory category,
            @QueryParam("phase") CandidatePhase phase,
            @QueryParam("validOn") String validOn,
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        ViolationTypeService.Filter filter = new ViolationTypeService.Filter(category, phase,
                QueryDates.parseOr(validOn, "validOn", calendar.today()), q);
        return service.list(filter, page).map(ViolationTypeDtos.ViolationTypeResponse::of);
    }

    @GET
    @Path("{code}")
    @PermitAll
    public Response getViolationType(@PathParam("code") String code, @Valid @BeanParam VersionSelector selector) {
        return entry(code, selector);
    }

    @GET
    @Path("{code}/versions")
    @PermitAll
    public CatalogueParams.Versions<ViolationTypeDtos.ViolationTypeResponse> listViolationTypeVersions(
            @PathParam("code") String code) {
        return versions(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createViolationType(@NotNull @Valid ViolationTypeDtos.ViolationTypeRequest request, @Context UriInfo uri) {
        return created(request, uri);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateViolationType(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ViolationTypeDtos.ViolationTypeRequest request) {
        return changed(code, ifMatch, request);
    }
}
