package id.netralitas.report;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.csv.CsvReader;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code Accept: text/csv} on the report list: reporter shown as in JSON, ppk scope, formulas neutralised. */
@QuarkusTest
class ReportCsvExportTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String LAHAT = "KAB-16.04";
    private static final List<String> HEADER = List.of(ReportCsv.HEADER.split(","));

    private static List<List<String>> csv(String token, String query) throws IOException {
        String body = as(token).accept("text/csv").get("/api/v1/reports" + query).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(body.startsWith(ReportCsv.HEADER + "\r\n"));
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(body))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String cell(List<List<String>> rows, String id, String column) {
        return rows.stream().filter(r -> r.get(0).equals(id)).findFirst().map(r -> r.get(HEADER.indexOf(column)))
                .orElse(null);
    }

    @Test
    void theReporterIsExportedExactlyWhereTheJsonViewShowsItAndAPpkSeesItsOwnReportsOnly() throws IOException {
        String kendariNip = ReportFixtures.employee(KENDARI, "74.71");
        String lahatNip = ReportFixtures.employee(LAHAT, "16.04");
        Map<String, Object> body = ReportFixtures.report(kendariNip);
        body.put("anonymous", false);
        body.put("reporter", Map.of("name", "=Siti Aminah", "phone", "+62 812 3456 7890"));
        body.put("incidentPlace", "@SUM(1+1)*cmd|' /C calc'!A0");
        String kendari = anonymous().contentType("application/json").body(body).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        String lahat = anonymous().contentType("application/json").body(ReportFixtures.report(lahatNip))
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.id");
        String query = "?electionCode=" + ReportFixtures.ELECTION + "&size=1";

        // The intake unit (bawaslu) sees the reporter, as in JSON; cells that a spreadsheet would run are quoted.
        List<List<String>> intake = csv(Tokens.bawaslu(), query);
        assertEquals(HEADER, intake.get(0));
        assertEquals("'=Siti Aminah", cell(intake, kendari, "reporterName"));
        assertEquals("'+62 812 3456 7890", cell(intake, kendari, "reporterPhone"));
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", cell(intake, kendari, "incidentPlace"));
        assertEquals(kendariNip, cell(intake, kendari, "reportedNips"));
        assertTrue(intake.size() > 2, "every matching report, not one page");
        // An admin reads every case but not who reported it.
        List<List<String>> admin = csv(Tokens.admin(), query);
        assertEquals("", cell(admin, kendari, "reporterName"));
        assertEquals("", cell(admin, kendari, "reporterPhone"));

        // A ppk never sees the reporter (as in JSON), and only reports about its agency.
        as(Tokens.ppk(KENDARI)).get("/api/v1/reports/" + kendari).then().statusCode(200).body("reporter", equalTo(null));
        List<List<String>> ppk = csv(Tokens.ppk(KENDARI), query);
        assertTrue(ppk.stream().anyMatch(r -> r.get(0).equals(kendari)));
        assertFalse(ppk.stream().anyMatch(r -> r.get(0).equals(lahat)));
        assertEquals("", cell(ppk, kendari, "reporterName") == null ? "" : cell(ppk, kendari, "reporterName"));
        assertTrue(ppk.subList(1, ppk.size()).stream().allMatch(r -> r.get(HEADER.indexOf("reportedAgencies"))
                .contains(KENDARI)));
        assertNull(cell(ppk, lahat, "id"));
    }

    @Test
    void refusalsAreProblems() {
        as(Tokens.ppk(KENDARI)).accept("text/csv").get("/api/v1/reports?sort=size").then().statusCode(400)
                .body("errors[0].code", equalTo("SORT_FIELD_UNKNOWN"));
        invalidRequest().accept("text/csv").get("/api/v1/reports").then().statusCode(401);
        as(Tokens.asn("199705262022031008")).accept("text/csv").get("/api/v1/reports").then().statusCode(403);
    }
}
