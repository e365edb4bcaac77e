package id.netralitas.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The working-day rule against the bundled holiday file, with no database. */
class WorkingDaysTest {

    private static final Map<LocalDate, String> KINDS = new HashMap<>();
    private static Predicate<LocalDate> holidays;

    @BeforeAll
    static void loadHolidayFile() throws IOException {
        try (InputStream in = WorkingDaysTest.class.getClassLoader().getResourceAsStream("holidays/holidays.csv");
             CsvReader csv = CsvReader.utf8(in)) {
            assertEquals(List.of("date", "kind", "name", "legal_basis"), csv.next());
            List<String> row;
            while ((row = csv.next()) != null) {
                KINDS.put(LocalDate.parse(row.get(0)), row.get(1));
            }
        }
        holidays = KINDS::containsKey;
    }

    @Test
    void theHolidayFileHasTheRowsItsReadmeCounts() {
        assertEquals(131, KINDS.size());
        assertEquals(29, KINDS.keySet().stream().filter(d -> d.getYear() == 2024).count());
        for (String date : List.of("2024-04-08", "2024-04-09", "2024-04-12", "2024-04-15")) {
            assertEquals("CUTI_BERSAMA", KINDS.get(LocalDate.parse(date)), date);
        }
        assertEquals("LIBUR_NASIONAL", KINDS.get(LocalDate.parse("2024-04-10")));
        assertEquals("LIBUR_NASIONAL", KINDS.get(LocalDate.parse("2024-04-11")));
        assertEquals("LIBUR_NASIONAL", KINDS.get(LocalDate.parse("2024-05-01")));
    }

    @Test
    void fourteenWorkingDaysFromFridayBeforeIdulFitri2024() {
        // Fri 5 Apr; weekend 6-7; Idul Fitri and cuti bersama 8-12 and 15 Apr; weekend 13-14; then
        // 16-19 (4), 22-26 (9), 29-30 (11), 1 May is a holiday, 2-3 May (13), weekend, Mon 6 May (14).
        assertEquals(LocalDate.parse("2024-05-06"), WorkingDays.add(LocalDate.parse("2024-04-05"), 14, holidays));
        // Without the holiday file only weekends would be skipped: 2024-04-25.
        assertEquals(LocalDate.parse("2024-04-25"), WorkingDays.add(LocalDate.parse("2024-04-05"), 14, d -> false));
    }

    @Test
    void theStartDateNeverCountsAndZeroIsTheStart() {
        assertEquals(LocalDate.parse("2024-04-16"), WorkingDays.add(LocalDate.parse("2024-04-05"), 1, holidays));
        assertEquals(LocalDate.parse("2024-04-06"), WorkingDays.add(LocalDate.parse("2024-04-06"), 0, holidays));
        assertEquals(LocalDate.parse("2024-04-08"), WorkingDays.add(LocalDate.parse("2024-04-06"), 1, d -> false));
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.add(LocalDate.parse("2024-04-06"), -1, holidays));
    }

    @Test
    void crossesYearEndAndElectionDayHolidays() {
        // 2024-12-24 (Tue) + 3: 25 and 26 Dec are holidays, so 27, 30, 31 Dec.
        assertEquals(LocalDate.parse("2024-12-31"), WorkingDays.add(LocalDate.parse("2024-12-24"), 3, holidays));
        // Pilkada voting day, Wed 27 Nov 2024, is a holiday: Tue 26 Nov + 1 is Thu 28 Nov.
        assertEquals(LocalDate.parse("2024-11-28"), WorkingDays.add(LocalDate.parse("2024-11-26"), 1, holidays));
        // Pemilu voting day, Wed 14 Feb 2024.
        assertEquals(LocalDate.parse("2024-02-15"), WorkingDays.add(LocalDate.parse("2024-02-13"), 1, holidays));
    }

    @Test
    void weekendsAreNeverWorkingDays() {
        LocalDate saturday = LocalDate.parse("2024-06-01");
        assertEquals(DayOfWeek.SATURDAY, saturday.getDayOfWeek());
        assertFalse(WorkingDays.isWorkingDay(saturday, d -> false));
        assertFalse(WorkingDays.isWorkingDay(saturday.plusDays(1), d -> false));
        assertTrue(WorkingDays.isWorkingDay(saturday.plusDays(2), d -> false));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.parse("2024-04-10"), holidays));
    }
}
