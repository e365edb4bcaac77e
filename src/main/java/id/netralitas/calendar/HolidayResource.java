package id.netralitas.calendar;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.QueryDates;
import id.netralitas.common.web.Tagged;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.time.LocalDate;

/** The holiday table behind every working-day deadline: public reads, admin changes. */
@Path("/api/v1/holidays")
@Produces(MediaType.APPLICATION_JSON)
public class HolidayResource {

    @Inject
    HolidayService service;

    @GET
    @PermitAll
    public PageResponse<HolidayResponse> listHolidays(
            @QueryParam("year") @Min(QueryDates.MIN_YEAR) @Max(QueryDates.MAX_YEAR) Integer year,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("kind") HolidayKind kind,
            @Valid @BeanParam PageParams page) {
        HolidayService.Filter filter = new HolidayService.Filter(year, QueryDates.parse(from, "from"),
                QueryDates.parse(to, "to"), kind);
        return service.list(filter, page).map(HolidayResponse::of);
    }

    @GET
    @Path("{date}")
    @PermitAll
    public Response getHoliday(@PathParam("date") String date) {
        Holiday holiday = service.get(parsePath(date));
        return Tagged.ok(HolidayResponse.of(holiday), holiday.version);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createHoliday(@NotNull @Valid HolidayRequest request, @Context UriInfo uri) {
        Holiday holiday = service.create(request.date(),
                new HolidayService.Input(request.kind(), request.name(), request.legalBasis()));
        URI location = uri.getBaseUriBuilder().path("api/v1/holidays").path(holiday.date.toString()).build();
        return new Tagged<>(HolidayResponse.of(holiday), holiday.version).created(location);
    }

    @PUT
    @Path("{date}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateHoliday(
            @PathParam("date") String date, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid HolidayRequest.Update request) {
        Holiday holiday = service.update(parsePath(date), ifMatch,
                new HolidayService.Input(request.kind(), request.name(), request.legalBasis()));
        return Tagged.ok(HolidayResponse.of(holiday), holiday.version);
    }

    @DELETE
    @Path("{date}")
    @RolesAllowed(Roles.ADMIN)
    public Response deleteHoliday(@PathParam("date") String date, @HeaderParam("If-Match") String ifMatch) {
        service.delete(parsePath(date), ifMatch);
        return Response.noContent().build();
    }

    private static LocalDate parsePath(String date) {
        return QueryDates.required(date, "date");
    }
}
