package id.netralitas.calendar;

import id.netralitas.common.openapi.IfMatchParam;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import id.netralitas.common.web.QueryDates;
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
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The holiday table behind every working-day deadline: public reads, admin changes. */
@Path("/api/v1/holidays")
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
public class HolidayResource {

    @Inject
    HolidayService service;

    @GET
    @PermitAll
    @Operation(operationId = "listHolidays", summary = "List holidays and cuti bersama",
            description = "National non-working days that working-day deadlines skip (weekends are not listed). "
                    + "Filters combine with AND. Sort fields: `date` (default), `kind`, `name`.")
    @APIResponse(responseCode = "200", description = "A page of holidays")
    public PageResponse<HolidayResponse> listHolidays(
            @Parameter(description = "Only this calendar year", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1900", maximum = "2199"), example = "2024")
            @QueryParam("year") @Min(QueryDates.MIN_YEAR) @Max(QueryDates.MAX_YEAR) Integer year,
            @Parameter(description = "Only on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date",
                    maxLength = 10, pattern = QueryDates.PATTERN), example = "2024-04-01") @QueryParam("from") String from,
            @Parameter(description = "Only on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date",
                    maxLength = 10, pattern = QueryDates.PATTERN), example = "2024-04-30") @QueryParam("to") String to,
            @Parameter(description = "Only this kind") @QueryParam("kind") HolidayKind kind,
            @Valid @BeanParam PageParams page) {
        HolidayService.Filter filter = new HolidayService.Filter(year, QueryDates.parse(from, "from"),
                QueryDates.parse(to, "to"), kind);
        return service.list(filter, page).map(HolidayResponse::of);
    }

    @GET
    @Path("{date}")
    @PermitAll
    @Operation(operationId = "getHoliday", summary = "Get the holiday on a date",
            description = "404 when the date is not a holiday (it may still be a weekend).")
    @APIResponse(responseCode = "200", description = "The holiday",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidayResponse.class)))
    @APIResponse(responseCode = "404", description = "The date is not in the holiday table")
    public Response getHoliday(@Parameter(description = "A date, YYYY-MM-DD", example = "2024-04-10",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @PathParam("date") String date) {
        Holiday holiday = service.get(parsePath(date));
        return Response.ok(HolidayResponse.of(holiday)).header(HttpHeaders.ETAG, EntityTags.of(holiday.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createHoliday", summary = "Add a holiday or cuti bersama",
            description = "Admin only. One row per date; it takes effect on the next deadline computed.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new holiday",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
                    @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 32))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidayResponse.class)))
    @APIResponse(responseCode = "409", description = "The date is already a holiday (`HOLIDAY_EXISTS`)")
    public Response createHoliday(@NotNull @Valid HolidayRequest request, @Context UriInfo uri) {
        Holiday holiday = service.create(request.date(),
                new HolidayService.Input(request.kind(), request.name(), request.legalBasis()));
        URI location = uri.getBaseUriBuilder().path("api/v1/holidays").path(holiday.date.toString()).build();
        return Response.created(location).entity(HolidayResponse.of(holiday))
                .header(HttpHeaders.ETAG, EntityTags.of(holiday.version)).build();
    }

    @PUT
    @Path("{date}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateHoliday", summary = "Correct a holiday",
            description = "Admin only. Requires `If-Match` with the ETag last read.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidayResponse.class)))
    @APIResponse(responseCode = "404", description = "The date is not in the holiday table")
    @APIResponse(responseCode = "412", description = "`If-Match` is stale")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response updateHoliday(@Parameter(description = "A date, YYYY-MM-DD", example = "2024-04-10",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @PathParam("date") String date, @BeanParam IfMatchParam ifMatch,
                                  @NotNull @Valid HolidayRequest.Update request) {
        Holiday holiday = service.update(parsePath(date), ifMatch.value,
                new HolidayService.Input(request.kind(), request.name(), request.legalBasis()));
        return Response.ok(HolidayResponse.of(holiday)).header(HttpHeaders.ETAG, EntityTags.of(holiday.version)).build();
    }

    @DELETE
    @Path("{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteHoliday", summary = "Remove a holiday",
            description = "Admin only, for a date that an amending decree turned back into a working day. "
                    + "Requires `If-Match` with the ETag last read.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The date is not in the holiday table")
    @APIResponse(responseCode = "412", description = "`If-Match` is stale")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response deleteHoliday(@Parameter(description = "A date, YYYY-MM-DD", example = "2024-04-10",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @PathParam("date") String date, @BeanParam IfMatchParam ifMatch) {
        service.delete(parsePath(date), ifMatch.value);
        return Response.noContent().build();
    }

    private static LocalDate parsePath(String date) {
        return QueryDates.required(date, "date");
    }
}
