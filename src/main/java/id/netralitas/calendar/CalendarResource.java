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

/** Deadline arithmetic on the working-day calendar, for clients that show or check due dates. */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CalendarResource {

    @Inject
    CalendarService calendar;

    @GET
    @Path("add")
    public CalendarResponses.AddResult addToDate(
            @QueryParam("from") @NotNull String from,
            @QueryParam("workingDays") @Min(0) @Max(CalendarService.MAX_AMOUNT) Integer workingDays,
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
    public CalendarResponses.Day getCalendarDay(@PathParam("date") String date) {
        LocalDate day = QueryDates.required(date, "date");
        CalendarService.DayInfo info = calendar.describe(day);
        return new CalendarResponses.Day(day, day.getDayOfWeek().getValue(), info.workingDay(),
                info.holiday() == null ? null : HolidayResponse.of(info.holiday()));
    }
}
