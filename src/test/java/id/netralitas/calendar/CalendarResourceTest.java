package id.netralitas.calendar;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarResourceTest {

    @Inject
    CalendarService calendar;

    @Test
    void fourteenWorkingDaysSkipWeekendsAndTheIdulFitriHolidaysOf2024() {
        anonymous().get("/api/v1/calendar/add?from=2024-04-05&workingDays=14").then().statusCode(200)
                .body("from", equalTo("2024-04-05"))
                .body("amount", equalTo(14))
                .body("unit", equalTo("WORKING_DAYS"))
                .body("result", equalTo("2024-05-06"))
                .body("holidaysSkipped.date", contains("2024-04-08", "2024-04-09", "2024-04-10", "2024-04-11",
                        "2024-04-12", "2024-04-15", "2024-05-01"))
                .body("holidaysSkipped.kind", contains("CUTI_BERSAMA", "CUTI_BERSAMA", "LIBUR_NASIONAL", "LIBUR_NASIONAL",
                        "CUTI_BERSAMA", "CUTI_BERSAMA", "LIBUR_NASIONAL"))
                .body("$", not(Matchers.hasKey("yearsWithoutHolidayData")));
    }

    @Test
    void calendarDaysAreAddedAsTheyAre() {
        anonymous().get("/api/v1/calendar/add?from=2024-04-05&days=14").then().statusCode(200)
                .body("unit", equalTo("DAYS"))
                .body("result", equalTo("2024-04-19"))
                .body("holidaysSkipped", hasSize(0));
        anonymous().get("/api/v1/calendar/add?from=2024-04-05&workingDays=0").then().statusCode(200)
                .body("result", equalTo("2024-04-05"));
    }

    @Test
    void yearsWithoutHolidayDataAreReported() {
        // The holiday file has no 2021 or 2022: only weekends are skipped there, and the answer says so.
        anonymous().get("/api/v1/calendar/add?from=2021-12-30&workingDays=3").then().statusCode(200)
                .body("result", equalTo("2022-01-04"))
                .body("yearsWithoutHolidayData", contains(2021, 2022));
    }

    @Test
    void theServiceIsTheOneRuleForDeadlines() {
        LocalDate from = LocalDate.parse("2024-04-05");
        org.junit.jupiter.api.Assertions.assertEquals(LocalDate.parse("2024-05-06"), calendar.addWorkingDays(from, 14));
        org.junit.jupiter.api.Assertions.assertEquals(LocalDate.parse("2024-04-12"), calendar.addDays(from, 7));
        org.junit.jupiter.api.Assertions.assertEquals(LocalDate.parse("2024-04-24"),
                calendar.add(from, 7, DeadlineUnit.WORKING_DAYS));
        org.junit.jupiter.api.Assertions.assertFalse(calendar.isWorkingDay(LocalDate.parse("2024-04-10")));
        org.junit.jupiter.api.Assertions.assertFalse(calendar.isWorkingDay(LocalDate.parse("2024-04-13")));
        org.junit.jupiter.api.Assertions.assertTrue(calendar.isWorkingDay(LocalDate.parse("2024-04-16")));
        // Long spans load further windows of holidays as they go: every weekday holiday is passed over once.
        CalendarService.Computation long_ = calendar.compute(from, 500, DeadlineUnit.WORKING_DAYS);
        long weekdayHolidays = long_.holidaysSkipped().stream().map(h -> h.date).distinct().count();
        org.junit.jupiter.api.Assertions.assertEquals(long_.holidaysSkipped().size(), weekdayHolidays);
        org.junit.jupiter.api.Assertions.assertTrue(weekdayHolidays > 40, "holidays of 2024 to 2026 were skipped");
        org.junit.jupiter.api.Assertions.assertTrue(long_.yearsWithoutHolidayData().isEmpty());
    }

    @Test
    void aDayTellsWhetherItIsAWorkingDay() {
        anonymous().get("/api/v1/calendar/days/2024-04-10").then().statusCode(200)
                .body("workingDay", equalTo(false))
                .body("dayOfWeek", equalTo(3))
                .body("holiday.kind", equalTo("LIBUR_NASIONAL"))
                .body("holiday.name", equalTo("Hari Raya Idul Fitri 1445 H"));
        anonymous().get("/api/v1/calendar/days/2024-04-13").then().statusCode(200)
                .body("workingDay", equalTo(false)).body("dayOfWeek", equalTo(6))
                .body("$", not(Matchers.hasKey("holiday")));
        anonymous().get("/api/v1/calendar/days/2024-04-16").then().statusCode(200)
                .body("workingDay", equalTo(true));
    }

    @Test
    void badParametersAre400Problems() {
        invalidRequest().get("/api/v1/calendar/add?from=2024-04-05").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("workingDays"))
                .body("errors[0].code", equalTo("REQUIRED_ONE_OF"));
        invalidRequest().get("/api/v1/calendar/add?from=2024-04-05&workingDays=3&days=3").then().statusCode(400)
                .body("errors.field", hasItems("workingDays", "days"))
                .body("errors[0].code", equalTo("EXCLUSIVE_PARAMETERS"));
        invalidRequest().get("/api/v1/calendar/add?workingDays=3").then().statusCode(400)
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].code", equalTo("NOT_NULL"));
        for (String bad : new String[] {"2024-02-30", "2024-4-5", "05-04-2024", "tomorrow", "1899-12-31"}) {
            invalidRequest().queryParam("from", bad).queryParam("workingDays", 1).get("/api/v1/calendar/add")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("from"))
                    .body("errors[0].code", equalTo("DATE_INVALID"));
        }
        invalidRequest().get("/api/v1/calendar/add?from=2024-04-05&workingDays=-1").then().statusCode(400)
                .body("errors[0].field", equalTo("workingDays")).body("errors[0].code", equalTo("MIN"));
        invalidRequest().get("/api/v1/calendar/add?from=2024-04-05&days=1001").then().statusCode(400)
                .body("errors[0].field", equalTo("days")).body("errors[0].code", equalTo("MAX"));
        invalidRequest().get("/api/v1/calendar/add?from=2024-04-05&days=many").then().statusCode(400)
                .body("errors[0].field", equalTo("days")).body("errors[0].code", equalTo("INVALID_TYPE"));
        invalidRequest().get("/api/v1/calendar/days/2024-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("date")).body("errors[0].code", equalTo("DATE_INVALID"));
        invalidRequest().header("Accept-Language", "id").get("/api/v1/calendar/days/kemarin").then().statusCode(400)
                .body("errors[0].message", equalTo("kemarin bukan tanggal; gunakan YYYY-MM-DD antara tahun 1900 dan 2199"));
    }
}
