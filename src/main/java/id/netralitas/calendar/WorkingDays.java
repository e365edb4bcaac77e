package id.netralitas.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Working-day arithmetic with no I/O, so it can be tested on its own: the government working week
 * is Monday to Friday (Perpres 21/2023), and a weekday is not a working day when {@code holiday}
 * says so. {@link CalendarService} feeds it the holiday table.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    public static boolean isWorkingDay(LocalDate date, Predicate<LocalDate> holiday) {
        return !isWeekend(date) && !holiday.test(date);
    }

    /**
     * The {@code n}th working day after {@code from}; {@code from} itself never counts, so a limit
     * of 14 working days from a Friday starts counting on the next working day. {@code n = 0}
     * answers {@code from}.
     */
    public static LocalDate add(LocalDate from, int n, Predicate<LocalDate> holiday) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate cursor = from;
        int counted = 0;
        while (counted < n) {
            cursor = cursor.plusDays(1);
            if (isWorkingDay(cursor, holiday)) {
                counted++;
            }
        }
        return cursor;
    }
}
