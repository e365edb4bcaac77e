package id.netralitas.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that computes dates and deadlines: N calendar days or N working days after a date.
 * Non-working days are Saturdays, Sundays and every row of the holiday table (libur nasional, cuti
 * bersama, election-day holidays). Holidays are read from the database on every call (one query
 * for a window of dates), never cached, so an admin's change is seen at once by every replica.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarService {

    /** Legal dates are Indonesian dates; "today" is taken in Western Indonesia Time (WIB). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    /** The easternmost zone (WIT): a date that is not yet "today" there is in the future everywhere. */
    public static final ZoneId EASTERNMOST_ZONE = ZoneId.of("Asia/Jayapura");
    /** Largest amount accepted for one computation. */
    public static final int MAX_AMOUNT = 1000;

    @Inject
    HolidayRepository holidays;

    /** A computed date, the holidays that fell on weekdays in the counted span, and the years that have no holiday data. */
    public record Computation(LocalDate from, int amount, DeadlineUnit unit, LocalDate result,
                              List<Holiday> holidaysSkipped, List<Integer> yearsWithoutHolidayData) {
    }

    public LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Today in the easternmost Indonesian time zone: the latest date that can already have happened. */
    public LocalDate latestPossibleToday() {
        return LocalDate.now(EASTERNMOST_ZONE);
    }

    public LocalDate add(LocalDate from, int amount, DeadlineUnit unit) {
        return compute(from, amount, unit).result();
    }

    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return add(from, workingDays, DeadlineUnit.WORKING_DAYS);
    }

    public LocalDate addDays(LocalDate from, int days) {
        return add(from, days, DeadlineUnit.DAYS);
    }

    public boolean isWorkingDay(LocalDate date) {
        return describe(date).workingDay();
    }

    /** A date with the holiday on it, if any, and whether it is a working day. */
    public record DayInfo(LocalDate date, Holiday holiday, boolean workingDay) {
    }

    public DayInfo describe(LocalDate date) {
        Holiday holiday = holidays.findByDate(date).orElse(null);
        return new DayInfo(date, holiday, WorkingDays.isWorkingDay(date, d -> holiday != null));
    }

    /**
     * Adds {@code amount} days of {@code unit} to {@code from}. For working days, it also reports the
     * weekday holidays passed over and the years in the counted span that have no holiday rows at all
     * (for those years only weekends were skipped, so the date may be too early).
     */
    public Computation compute(LocalDate from, int amount, DeadlineUnit unit) {
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("amount must be between 0 and " + MAX_AMOUNT + ": " + amount);
        }
        if (unit == DeadlineUnit.DAYS) {
            return new Computation(from, amount, unit, from.plusDays(amount), List.of(), List.of());
        }
        HolidayWindow window = new HolidayWindow(from, amount);
        LocalDate result = WorkingDays.add(from, amount, window);
        return new Computation(from, amount, unit, result, List.copyOf(window.skipped),
                yearsWithoutData(amount == 0 ? result : from.plusDays(1), result));
    }

    /**
     * The holiday test handed to {@link WorkingDays#add}: loads the holiday rows a window of dates at
     * a time (one query for most computations) and records the holidays it reports, which
     * {@code WorkingDays} asks about once per weekday, in date order.
     */
    private final class HolidayWindow implements java.util.function.Predicate<LocalDate> {
        private final Map<LocalDate, Holiday> byDate = new HashMap<>();
        private final List<Holiday> skipped = new ArrayList<>();
        private final long chunk;
        private LocalDate loadedTo;

        HolidayWindow(LocalDate from, int amount) {
            // Enough calendar days for the amount with a margin for long holiday stretches; extended if not.
            this.chunk = amount * 2L + 31;
            this.loadedTo = from;
        }

        @Override
        public boolean test(LocalDate date) {
            while (date.isAfter(loadedTo)) {
                LocalDate next = loadedTo.plusDays(1);
                loadedTo = loadedTo.plusDays(chunk);
                holidays.between(next, loadedTo).forEach(h -> byDate.put(h.date, h));
            }
            Holiday holiday = byDate.get(date);
            if (holiday != null) {
                skipped.add(holiday);
                return true;
            }
            return false;
        }
    }

    private List<Integer> yearsWithoutData(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return List.of();
        }
        Set<Integer> covered = holidays.yearsWithData(first.getYear(), last.getYear());
        List<Integer> missing = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (!covered.contains(year)) {
                missing.add(year);
            }
        }
        return List.copyOf(missing);
    }
}
