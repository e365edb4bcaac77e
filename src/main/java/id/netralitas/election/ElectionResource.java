package id.netralitas.election;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.QueryDates;
import id.netralitas.common.web.Tagged;
import id.netralitas.region.RegionResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** Elections: public reads, admin edits in place with If-Match. */
@Path("/api/v1/elections")
@Produces(MediaType.APPLICATION_JSON)
public class ElectionResource {

    @Inject
    ElectionService service;

    @Inject
    id.netralitas.calendar.CalendarService calendar;

    @GET
    @PermitAll
    public PageResponse<ElectionDtos.ElectionResponse> listElections(
            @QueryParam("type") ElectionType type,
            @QueryParam("year") @Min(1900) @Max(2199) Integer year,
            @QueryParam("regionCode") @Size(max = 13) String regionCode,
            @QueryParam("incidentOn") String incidentOn,
            @Valid @BeanParam PageParams page) {
        ElectionService.Filter filter = new ElectionService.Filter(type, year, regionCode,
                QueryDates.parse(incidentOn, "incidentOn"));
        return service.list(filter, page).map(e -> ElectionDtos.ElectionResponse.of(e, service.regionCount(e)));
    }

    @GET
    @Path("{code}")
    @PermitAll
    public Response getElection(@PathParam("code") String code) {
        Election election = service.get(code);
        return Tagged.ok(ElectionDtos.ElectionResponse.of(election, service.regionCount(election)), election.version);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createElection(@NotNull @Valid ElectionDtos.ElectionRequest request, @Context UriInfo uri) {
        Election election = service.create(request);
        return new Tagged<>(ElectionDtos.ElectionResponse.of(election, 0), election.version)
                .created(uri.getBaseUriBuilder().path("api/v1/elections").path(election.code).build());
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateElection(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ElectionDtos.ElectionRequest request) {
        Election election = service.update(code, ifMatch, request);
        return Tagged.ok(ElectionDtos.ElectionResponse.of(election, service.regionCount(election)), election.version);
    }

    @GET
    @Path("{code}/phase")
    @PermitAll
    public ElectionDtos.PhaseResult getElectionPhase(@PathParam("code") String code, @QueryParam("on") String on) {
        ElectionService.Phase p = service.phase(code, QueryDates.parseOr(on, "on", calendar.today()));
        return new ElectionDtos.PhaseResult(p.election().code, p.on(), p.phase(), p.candidatePhase(),
                p.inIncidentWindow(), p.inSupportCollection());
    }

    @GET
    @Path("{code}/deadlines")
    @PermitAll
    public ElectionDtos.DeadlinesResult listElectionDeadlines(
            @PathParam("code") String code,
            @QueryParam("from") @NotNull String from) {
        java.time.LocalDate start = QueryDates.required(from, "from");
        Election election = service.get(code);
        var items = service.deadlines(election, start).stream()
                .map(d -> new ElectionDtos.DeadlineResult(ElectionDtos.DeadlineRuleResponse.of(d.rule()), d.from(),
                        d.dueDate(), d.yearsWithoutHolidayData().isEmpty() ? null : d.yearsWithoutHolidayData()))
                .toList();
        return new ElectionDtos.DeadlinesResult(election.code, items);
    }

    @GET
    @Path("{code}/regions")
    @PermitAll
    public PageResponse<RegionResponse> listElectionRegions(
            @PathParam("code") String code,
            @Valid @BeanParam PageParams page) {
        return service.regions(code, page).map(r -> new RegionResponse(r.code, r.name, r.level, r.parentCode));
    }

    @PUT
    @Path("{code}/regions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceElectionRegions(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ElectionDtos.RegionsRequest request) {
        ElectionService.RegionsReplaced result = service.replaceRegions(code, ifMatch, request.regionCodes());
        return Tagged.ok(new ElectionDtos.RegionsResult(result.electionCode(), result.regionCount()),
                result.electionVersion());
    }
}
