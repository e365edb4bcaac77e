package id.netralitas.election;

import id.netralitas.common.openapi.IfMatchParam;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import id.netralitas.common.web.QueryDates;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Elections: public reads, admin edits in place with If-Match. */
@Path("/api/v1/elections")
@Tag(name = "Elections")
@Produces(MediaType.APPLICATION_JSON)
public class ElectionResource {

    @Inject
    ElectionService service;

    @Inject
    id.netralitas.calendar.CalendarService calendar;

    @GET
    @PermitAll
    @Operation(operationId = "listElections", summary = "List elections",
            description = "Filters combine with AND. `regionCode` keeps the elections the region takes part in "
                    + "(national ones, and regional ones listing the region or one of its ancestors); `incidentOn` keeps "
                    + "those whose incident window contains the date. Sort fields: `votingDate`, `code`, `type`; "
                    + "default `-votingDate,code`.")
    @APIResponse(responseCode = "200", description = "A page of elections")
    @APIResponse(responseCode = "422", description = "`regionCode` is not in the region register (`REGION_UNKNOWN`)")
    public PageResponse<ElectionDtos.ElectionResponse> listElections(
            @Parameter(description = "Only this type") @QueryParam("type") ElectionType type,
            @Parameter(description = "Only elections voting in this year", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2199"))
            @QueryParam("year") @Min(1900) @Max(2199) Integer year,
            @Parameter(description = "Only elections this region takes part in (dotted or compact code)", example = "74.71",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 13, pattern = ElectionDtos.REGION_PATTERN))
            @QueryParam("regionCode") @Size(max = 13) String regionCode,
            @Parameter(description = "Only elections whose incident window contains this date", example = "2024-10-10",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @QueryParam("incidentOn") String incidentOn,
            @Valid @BeanParam PageParams page) {
        ElectionService.Filter filter = new ElectionService.Filter(type, year, regionCode,
                QueryDates.parse(incidentOn, "incidentOn"));
        return service.list(filter, page).map(e -> ElectionDtos.ElectionResponse.of(e, service.regionCount(e)));
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getElection", summary = "Get an election by code",
            description = "With its calendar, legal basis and handling time limits; the regions are at "
                    + "/elections/{code}/regions.")
    @APIResponse(responseCode = "200", description = "The election",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ElectionDtos.ElectionResponse.class)))
    @APIResponse(responseCode = "404", description = "No election has this code (`ELECTION_NOT_FOUND`)")
    public Response getElection(
            @Parameter(description = "Election code", example = "PILKADA-2024",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = ElectionDtos.CODE_PATTERN))
            @PathParam("code") String code) {
        Election election = service.get(code);
        return Response.ok(ElectionDtos.ElectionResponse.of(election, service.regionCount(election)))
                .header(HttpHeaders.ETAG, EntityTags.of(election.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createElection", summary = "Add an election",
            description = "Admin only. Add the regions of a regional election with PUT /elections/{code}/regions.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new election",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
                    @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 32))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ElectionDtos.ElectionResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (`ELECTION_CODE_EXISTS`)")
    @APIResponse(responseCode = "422", description = "A legal reference does not exist")
    public Response createElection(@NotNull @Valid ElectionDtos.ElectionRequest request, @Context UriInfo uri) {
        Election election = service.create(request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/elections").path(election.code).build())
                .entity(ElectionDtos.ElectionResponse.of(election, 0))
                .header(HttpHeaders.ETAG, EntityTags.of(election.version)).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateElection", summary = "Replace an election's data",
            description = "Admin only; requires `If-Match`. Replaces the calendar, legal basis and time limits; the "
                    + "regions stay. The body's `code`, if given, must equal the path.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ElectionDtos.ElectionResponse.class)))
    @APIResponse(responseCode = "404", description = "No election has this code (`ELECTION_NOT_FOUND`)")
    @APIResponse(responseCode = "409", description = "A regional election with regions cannot become national "
            + "(`ELECTION_HAS_REGIONS`); empty its regions first")
    @APIResponse(responseCode = "412", description = "`If-Match` is stale")
    @APIResponse(responseCode = "422", description = "A legal reference does not exist")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response updateElection(
            @Parameter(description = "Election code", example = "PILKADA-2024",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = ElectionDtos.CODE_PATTERN))
            @PathParam("code") String code,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid ElectionDtos.ElectionRequest request) {
        Election election = service.update(code, ifMatch.value, request);
        return Response.ok(ElectionDtos.ElectionResponse.of(election, service.regionCount(election)))
                .header(HttpHeaders.ETAG, EntityTags.of(election.version)).build();
    }

    @GET
    @Path("{code}/phase")
    @PermitAll
    @Operation(operationId = "getElectionPhase", summary = "Where a date falls in an election's calendar",
            description = "BEFORE_CAMPAIGN, CAMPAIGN, QUIET (after the campaign, before voting day), VOTING or AFTER; "
                    + "and BAKAL_CALON before the candidate determination date, CALON from that day on.")
    @APIResponse(responseCode = "200", description = "The phases on that date")
    @APIResponse(responseCode = "404", description = "No election has this code (`ELECTION_NOT_FOUND`)")
    public ElectionDtos.PhaseResult getElectionPhase(
            @Parameter(description = "Election code", example = "PILKADA-2024",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = ElectionDtos.CODE_PATTERN))
            @PathParam("code") String code,
            @Parameter(description = "The date (YYYY-MM-DD); today (WIB) by default", example = "2024-10-10",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @QueryParam("on") String on) {
        ElectionService.Phase p = service.phase(code, QueryDates.parseOr(on, "on", calendar.today()));
        return new ElectionDtos.PhaseResult(p.election().code, p.on(), p.phase(), p.candidatePhase(),
                p.inIncidentWindow(), p.inSupportCollection());
    }

    @GET
    @Path("{code}/deadlines")
    @PermitAll
    @Operation(operationId = "listElectionDeadlines", summary = "Apply the election's time limits to a start date",
            description = "Each handling time limit of the election, counted from `from` with the working-day "
                    + "calendar (working days skip weekends, holidays and cuti bersama).")
    @APIResponse(responseCode = "200", description = "The due dates")
    @APIResponse(responseCode = "404", description = "No election has this code (`ELECTION_NOT_FOUND`)")
    public ElectionDtos.DeadlinesResult listElectionDeadlines(
            @Parameter(description = "Election code", example = "PEMILU-2024",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = ElectionDtos.CODE_PATTERN))
            @PathParam("code") String code,
            @Parameter(description = "Start date of the count (YYYY-MM-DD)", required = true, example = "2024-04-05",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
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
    @Operation(operationId = "listElectionRegions", summary = "List the regions taking part in an election",
            description = "By code. Empty for a national election, in which every region takes part.")
    @APIResponse(responseCode = "200", description = "A page of regions")
    @APIResponse(responseCode = "404", description = "No election has this code (`ELECTION_NOT_FOUND`)")
    public PageResponse<RegionResponse> listElectionRegions(
            @Parameter(description = "Election code", example = "PILKADA-2024",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = ElectionDtos.CODE_PATTERN))
            @PathParam("code") String code,
            @Valid @BeanParam PageParams page) {
        return service.regions(code, page).map(r -> new RegionResponse(r.code, r.name, r.level, r.parentCode));
    }

    @PUT
    @Path("{code}/regions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceElectionRegions", summary = "Set the regions taking part in a regional election",
            description = "Admin only; requires `If-Match` with the election's ETag, which changes afterwards. The "
                    + "list replaces the current one. A province takes part when its governor is elected; a "
                    + "kabupaten/kota when its regent or mayor is.")
    @APIResponse(responseCode = "200", description = "The regions were replaced",
            headers = @Header(name = HttpHeaders.ETAG, description = "The election's new version tag",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ElectionDtos.RegionsResult.class)))
    @APIResponse(responseCode = "404", description = "No election has this code (`ELECTION_NOT_FOUND`)")
    @APIResponse(responseCode = "409", description = "The election is national (`ELECTION_NATIONAL_SCOPE`)")
    @APIResponse(responseCode = "412", description = "`If-Match` is stale")
    @APIResponse(responseCode = "422", description = "A region code is not in the register")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response replaceElectionRegions(
            @Parameter(description = "Election code", example = "PILKADA-2024",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = ElectionDtos.CODE_PATTERN))
            @PathParam("code") String code,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The election's ETag; required",
                    example = "\"0\"", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ElectionDtos.RegionsRequest request) {
        ElectionService.RegionsReplaced result = service.replaceRegions(code, ifMatch, request.regionCodes());
        return Response.ok(new ElectionDtos.RegionsResult(result.electionCode(), result.regionCount()))
                .header(HttpHeaders.ETAG, EntityTags.of(result.electionVersion())).build();
    }
}
