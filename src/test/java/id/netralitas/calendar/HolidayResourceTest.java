package id.netralitas.calendar;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HolidayResourceTest {

    // Dates in 2031, which the seed does not cover and no other test uses.
    private static final String BODY = """
            {"date":"%s","kind":"CUTI_BERSAMA","name":"Cuti Bersama Uji","legalBasis":"SKB uji %s"}""";

    @Test
    void seededYearsHaveTheCountsOfTheHolidayFile() {
        anonymous().get("/api/v1/holidays?year=2024&size=100").then().statusCode(200)
                .body("totalItems", equalTo(29))
                .body("items[0].date", equalTo("2024-01-01"))
                .body("items[0].kind", equalTo("LIBUR_NASIONAL"))
                .body("items[0].legalBasis", startsWith("SKB Menag, Menaker, MenPAN-RB No. 855 Tahun 2023"));
        anonymous().get("/api/v1/holidays?year=2020&kind=CUTI_BERSAMA").then().statusCode(200)
                .body("items.date", contains("2020-08-21", "2020-10-28", "2020-10-30", "2020-12-24", "2020-12-31"));
        anonymous().get("/api/v1/holidays?from=2024-04-08&to=2024-04-15&sort=-date").then().statusCode(200)
                .body("items.date", contains("2024-04-15", "2024-04-12", "2024-04-11", "2024-04-10", "2024-04-09",
                        "2024-04-08"));
        anonymous().get("/api/v1/holidays?year=2024&kind=LIBUR_PEMILU").then().statusCode(200)
                .body("items.date", contains("2024-02-14", "2024-11-27"))
                .body("items.kind", everyItem(equalTo("LIBUR_PEMILU")));
        anonymous().get("/api/v1/holidays/2024-11-27").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", startsWith("Hari Pemungutan Suara Pemilihan Gubernur"));
    }

    @Test
    void unknownDatesAndBadFiltersAreProblems() {
        anonymous().get("/api/v1/holidays/2024-04-16").then().statusCode(404)
                .body("code", equalTo("HOLIDAY_NOT_FOUND"))
                .body("detail", equalTo("2024-04-16 is not in the holiday table."));
        invalidRequest().get("/api/v1/holidays/16-04-2024").then().statusCode(400)
                .body("errors[0].code", equalTo("DATE_INVALID"));
        invalidRequest().get("/api/v1/holidays?from=2024-05-01&to=2024-04-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to")).body("errors[0].code", equalTo("DATE_ORDER"));
        invalidRequest().get("/api/v1/holidays?year=1800").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        invalidRequest().get("/api/v1/holidays?kind=LIBUR").then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
        invalidRequest().get("/api/v1/holidays?sort=legalBasis").then().statusCode(400)
                .body("errors[0].code", equalTo("SORT_FIELD_UNKNOWN"));
    }

    @Test
    void writesAreForAdminsOnly() {
        String body = BODY.formatted("2031-03-03", "akses");
        invalidRequest().contentType("application/json").body(body).post("/api/v1/holidays").then().statusCode(401)
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
        as(Tokens.verifier()).contentType("application/json").body(body).post("/api/v1/holidays").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        as(Tokens.bawaslu()).contentType("application/json").body(body).post("/api/v1/holidays").then().statusCode(403);
        invalidRequest().contentType("application/json").body("{\"kind\":\"CUTI_BERSAMA\",\"name\":\"x\",\"legalBasis\":\"y\"}")
                .put("/api/v1/holidays/2024-04-10").then().statusCode(401);
        as(Tokens.ppk("KOTA-74.71")).header("If-Match", "\"0\"").delete("/api/v1/holidays/2024-04-10").then().statusCode(403);
        anonymous().get("/api/v1/holidays/2031-03-03").then().statusCode(404);
        anonymous().get("/api/v1/holidays/2024-04-10").then().statusCode(200);
    }

    @Test
    void anAdminAddsCorrectsAndRemovesAHolidayAndDeadlinesFollow() {
        // Mon 3 Mar 2031 + 1 working day is Tue 4 Mar until Tue becomes cuti bersama.
        anonymous().get("/api/v1/calendar/add?from=2031-03-03&workingDays=1").then().statusCode(200)
                .body("result", equalTo("2031-03-04"));
        String admin = Tokens.admin();
        as(admin).contentType("application/json").body(BODY.formatted("2031-03-04", "awal"))
                .post("/api/v1/holidays").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/holidays/2031-03-04"))
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("CUTI_BERSAMA"));
        anonymous().get("/api/v1/calendar/add?from=2031-03-03&workingDays=1").then().statusCode(200)
                .body("result", equalTo("2031-03-05"))
                .body("holidaysSkipped.date", contains("2031-03-04"));
        as(admin).contentType("application/json").body(BODY.formatted("2031-03-04", "lagi"))
                .post("/api/v1/holidays").then().statusCode(409).body("code", equalTo("HOLIDAY_EXISTS"));

        String update = "{\"kind\":\"LIBUR_NASIONAL\",\"name\":\"Libur Uji\",\"legalBasis\":\"Keppres uji\"}";
        as(admin).contentType("application/json").body(update).put("/api/v1/holidays/2031-03-04").then().statusCode(428)
                .body("code", equalTo("PRECONDITION_REQUIRED"));
        as(admin).contentType("application/json").header("If-Match", "\"7\"").body(update)
                .put("/api/v1/holidays/2031-03-04").then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED")).body("currentETag", equalTo("\"0\""));
        as(admin).contentType("application/json").header("If-Match", "\"0\"").body(update)
                .put("/api/v1/holidays/2031-03-04").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("kind", equalTo("LIBUR_NASIONAL")).body("legalBasis", equalTo("Keppres uji"));
        as(admin).header("If-Match", "\"0\"").delete("/api/v1/holidays/2031-03-04").then().statusCode(412);
        as(admin).header("If-Match", "\"1\"").delete("/api/v1/holidays/2031-03-04").then().statusCode(204);
        anonymous().get("/api/v1/holidays/2031-03-04").then().statusCode(404);
        anonymous().get("/api/v1/calendar/add?from=2031-03-03&workingDays=1").then().statusCode(200)
                .body("result", equalTo("2031-03-04"));
        as(admin).header("If-Match", "\"1\"").delete("/api/v1/holidays/2031-03-04").then().statusCode(404);
    }

    @Test
    void badBodiesAre400Problems() {
        String admin = Tokens.admin();
        invalidRequest(admin).contentType("application/json")
                .body("{\"date\":\"2031-02-30\",\"kind\":\"CUTI_BERSAMA\",\"name\":\"x\",\"legalBasis\":\"y\"}")
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("date")).body("errors[0].code", equalTo("INVALID_TYPE"));
        invalidRequest(admin).contentType("application/json")
                .body("{\"date\":\"2031-05-05\",\"kind\":\"LIBUR\",\"name\":\"x\",\"legalBasis\":\"y\"}")
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
        invalidRequest(admin).contentType("application/json")
                .body("{\"date\":\"2031-05-05\",\"kind\":\"CUTI_BERSAMA\",\"name\":\" \"}")
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors.field", contains("legalBasis", "name"));
        invalidRequest(admin).contentType("application/json")
                .body("{\"date\":\"2031-05-05\",\"kind\":\"CUTI_BERSAMA\",\"name\":\"%s\",\"legalBasis\":\"y\"}"
                        .formatted("x".repeat(256)))
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].code", equalTo("SIZE"));
        as(admin).contentType("application/json")
                .body("{\"date\":\"2500-05-05\",\"kind\":\"CUTI_BERSAMA\",\"name\":\"x\",\"legalBasis\":\"y\"}")
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("date")).body("errors[0].code", equalTo("DATE_INVALID"));
        anonymous().get("/api/v1/holidays/2031-05-05").then().statusCode(404);
    }
}
