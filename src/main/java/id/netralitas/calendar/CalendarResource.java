package id.netralitas.calendar;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.web.QueryDates;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Deadline arithmetic on the working-day calendar, for clients that show or check due dates. */
@Path("/api/v1/calendar")
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CalendarResource {

    @Inject
    CalendarService calendar;

    @GET
    @Path("add")
    @Operation(operationId = "addToDate", summary = "Add working days or calendar days to a date",
            description = "Give exactly one of `workingDays` and `days`. Working days are Monday to Friday except the "
                    + "holidays and cuti bersama in the holiday table; the start date never counts itself, so 14 working "
                    + "days from Friday 2024-04-05 skip the Idul Fitri holidays and cuti bersama of 8–15 April 2024 and "
                    + "end on 2024-05-06. Calendar days are added as they are. Every deadline in the service is "
                    + "computed by the same rule.")
    @APIResponse(responseCode = "200", description = "The resulting date")
    public CalendarResponses.AddResult addToDate(
            @Parameter(description = "Start date", required = true, example = "2024-04-05",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @QueryParam("from") @NotNull String from,
            @Parameter(description = "Number of working days to add", example = "14",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000"))
            @QueryParam("workingDays") @Min(0) @Max(CalendarService.MAX_AMOUNT) Integer workingDays,
            @Parameter(description = "Number of calendar days to add",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000"))
            @QueryParam("days") @Min(0) @Max(CalendarService.MAX_AMOUNT) Integer days) {
        LocalDate start = QueryDates.required(from, "from");
        if (workingDays != null && days != null) {
            throw ApiException.badRequest("VALIDATION_FAILED")
                    .violation(FieldViolation.of("workingDays", "EXCLUSIVE_PARAMETERS", "workingDays", "days"))
                    .violation(FieldViolation.of("days", "EXCLUSIVE_PARAMETERS", "workingDays", "days"));
        }
        if (workingDays == null && days == null) {
            throw ApiException.invalidField("workingDays", "REQUIRED_ONE_OF", "workingDays, days");
        }
        CalendarService.Computation result = workingDays != null
                ? calendar.compute(start, workingDays, DeadlineUnit.WORKING_DAYS)
                : calendar.compute(start, days, DeadlineUnit.DAYS);
        return CalendarResponses.AddResult.of(result);
    }

    @GET
    @Path("days/{date}")
    @Operation(operationId = "getCalendarDay", summary = "Is a date a working day?",
            description = "Weekends and the dates in the holiday table are not working days.")
    @APIResponse(responseCode = "200", description = "The day")
    public CalendarResponses.Day getCalendarDay(
            @Parameter(description = "A date, YYYY-MM-DD", example = "2024-04-10",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @PathParam("date") String date) {
        LocalDate day = QueryDates.required(date, "date");
        CalendarService.DayInfo info = calendar.describe(day);
        return new CalendarResponses.Day(day, day.getDayOfWeek().getValue(), info.workingDay(),
                info.holiday() == null ? null : HolidayResponse.of(info.holiday()));
    }
}
