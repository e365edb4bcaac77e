package id.netralitas.calendar;

import java.time.LocalDate;
import java.util.List;

/** Answers of the calendar endpoints. */
public final class CalendarResponses {

    private CalendarResponses() {
    }

    public record AddResult(
            LocalDate from,
            int amount,
            DeadlineUnit unit,
            LocalDate result,
            List<HolidayResponse> holidaysSkipped,
            List<Integer> yearsWithoutHolidayData) {

        static AddResult of(CalendarService.Computation c) {
            return new AddResult(c.from(), c.amount(), c.unit(), c.result(),
                    c.holidaysSkipped().stream().map(HolidayResponse::of).toList(),
                    c.yearsWithoutHolidayData().isEmpty() ? null : c.yearsWithoutHolidayData());
        }
    }

    /** The item schema of year lists. */
    public static final class CalendarYear {
        private CalendarYear() {
        }
    }

    public record Day(
            LocalDate date,
            int dayOfWeek,
            boolean workingDay,
            HolidayResponse holiday) {
    }
}
