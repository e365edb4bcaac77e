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

/** Handling authorities over time: public reads, admin changes as new versions. */
@Path("/api/v1/authorities")
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
    public PageResponse<AuthorityDtos.AuthorityResponse> listAuthorities(
            @QueryParam("on") String on,
            @QueryParam("function") AuthorityFunction function,
            @Valid @BeanParam PageParams page) {
        return service.list(QueryDates.parseOr(on, "on", calendar.today()), function, page)
                .map(AuthorityDtos.AuthorityResponse::of);
    }

    @GET
    @Path("{code}")
    @PermitAll
    public Response getAuthority(@PathParam("code") String code, @Valid @BeanParam VersionSelector selector) {
        return entry(code, selector);
    }

    @GET
    @Path("{code}/versions")
    @PermitAll
    public CatalogueParams.Versions<AuthorityDtos.AuthorityResponse> listAuthorityVersions(
            @PathParam("code") String code) {
        return versions(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createAuthority(@NotNull @Valid AuthorityDtos.AuthorityRequest request, @Context UriInfo uri) {
        return created(request, uri);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateAuthority(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AuthorityDtos.AuthorityRequest request) {
        return changed(code, ifMatch, request);
    }
}
