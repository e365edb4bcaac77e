package id.netralitas.calendar;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answers of the calendar endpoints. */
public final class CalendarResponses {

    private CalendarResponses() {
    }

    @Schema(name = "CalendarAddResult", description = "A date plus a number of calendar or working days")
    public record AddResult(
            @Schema(description = "The start date; it never counts itself", type = SchemaType.STRING, format = "date",
                    maxLength = 10, example = "2024-04-05") LocalDate from,
            @Schema(description = "How many days were added", format = "int32", minimum = "0", maximum = "1000",
                    example = "14") int amount,
            DeadlineUnit unit,
            @Schema(description = "The resulting date", type = SchemaType.STRING, format = "date", maxLength = 10,
                    example = "2024-05-06") LocalDate result,
            @Schema(description = "Holidays on weekdays that were passed over (working days only)", maxItems = 1000)
            List<HolidayResponse> holidaysSkipped,
            @Schema(description = "Years in the counted span with no holiday data at all: only weekends were skipped "
                    + "there, so the result may be too early. Absent when every year is covered.", maxItems = 10,
                    type = SchemaType.ARRAY, implementation = CalendarYear.class)
            List<Integer> yearsWithoutHolidayData) {

        static AddResult of(CalendarService.Computation c) {
            return new AddResult(c.from(), c.amount(), c.unit(), c.result(),
                    c.holidaysSkipped().stream().map(HolidayResponse::of).toList(),
                    c.yearsWithoutHolidayData().isEmpty() ? null : c.yearsWithoutHolidayData());
        }
    }

    /** The item schema of year lists. */
    @Schema(name = "CalendarYear", type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2199",
            example = "2021")
    public static final class CalendarYear {
        private CalendarYear() {
        }
    }

    @Schema(name = "CalendarDay", description = "Whether a date is a working day for civil servants")
    public record Day(
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-04-10") LocalDate date,
            @Schema(description = "ISO day of the week, 1 (Monday) to 7 (Sunday)", format = "int32", minimum = "1",
                    maximum = "7", example = "3") int dayOfWeek,
            @Schema(description = "Monday to Friday and not a holiday") boolean workingDay,
            @Schema(description = "The holiday on this date, if any") HolidayResponse holiday) {
    }
}
