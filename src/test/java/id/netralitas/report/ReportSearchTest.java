package id.netralitas.report;

import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Finding a case by what an officer holds: the case, register, forward letter, recommendation letter
 * and decree numbers, the intake register's reference, words of the description or a reported name,
 * and what changed since a moment; always within the caller's scope.
 */
@QuarkusTest
class ReportSearchTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String LAHAT = "KAB-16.04";

    /** A Bawaslu finding about a Kendari employee and a person named only by name, driven to a decree. */
    private static Map<String, String> decidedCase(String tag, String nip) {
        Map<String, Object> body = ReportFixtures.bawasluReport(nip, "REG-" + tag);
        body.put("origin", "LAPORAN");
        body.put("anonymous", true);
        body.put("electionCode", "PEMILU-2024");
        body.put("incidentDate", "2024-01-10");
        body.put("knownDate", "2024-01-11");
        body.put("description", "Kepala bidang membagikan stiker calon di kantor, kode " + tag + ".");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> named = (List<Map<String, Object>>) body.get("reportedEmployees");
        String second = TestData.pnsNip();
        Map<String, Object> employee = TestData.employee(second, KENDARI, "74.71");
        employee.put("name", "Wa Ode Sinarsih " + tag);
        as(Tokens.admin()).contentType("application/json").body(employee).post("/api/v1/employees").then().statusCode(201);
        named.add(Map.of("nip", second));
        JsonPath created = as(Tokens.bawaslu()).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath();
        String id = created.getString("report.id");
        String etag = ReportFixtures.toVerification(id, "REG/" + tag + "/LP/2024", "FWD/" + tag + "/2024");
        ReportFixtures.move(Tokens.verifier(), id, etag, Map.of("action", "RECOMMEND", "recommendation", Map.of(
                "letterNumber", "REC/" + tag + "/2024", "letterDate", "2024-04-05",
                "employees", List.of(Map.of("nip", nip, "proven", true, "sanctionCode", "TURUN_JABATAN_12"),
                        Map.of("nip", second, "proven", false)))));
        String trackPath = "/api/v1/reports/" + id + "/employees/" + nip;
        long version = as(Tokens.ppk(KENDARI)).get(trackPath).then().statusCode(200).extract().jsonPath().getLong("version");
        as(Tokens.ppk(KENDARI)).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(Map.of("action", "IMPOSE_SANCTION", "decree", Map.of("number", "DEC/" + tag + "/2024",
                        "date", "2024-06-10", "sanctionCode", "TURUN_JABATAN_12")))
                .post(trackPath + "/transitions").then().statusCode(200);
        return Map.of("id", id, "caseNumber", created.getString("report.caseNumber"));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    @Test
    void eachNumberAnOfficerHoldsFindsItsCase() {
        String tag = tag();
        String before = Instant.now().minusSeconds(1).toString();
        Map<String, String> found = decidedCase(tag, ReportFixtures.employee(KENDARI, "74.71"));
        String id = found.get("id");
        List<String> missed = new ArrayList<>();
        for (String q : List.of(found.get("caseNumber"), "REG/" + tag, "fwd/" + tag.toLowerCase(Locale.ROOT),
                "REC/" + tag + "/2024", "DEC/" + tag, "REG-" + tag, "stiker calon di kantor, kode " + tag,
                "sinarsih " + tag.toLowerCase(Locale.ROOT))) {
            List<String> ids = as(Tokens.verifier()).queryParam("q", q).get("/api/v1/reports").then().statusCode(200)
                    .extract().path("items.id");
            if (!ids.equals(List.of(id))) {
                missed.add(q + " -> " + ids);
            }
        }
        assertEquals(List.of(), missed);
        // Words in any order, each the start of a word of the description or a reported name.
        as(Tokens.verifier()).queryParam("q", "sinar STIK " + tag).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", contains(id));
        // Every word must match: one that starts no word of the case finds nothing.
        as(Tokens.verifier()).queryParam("q", "stiker " + tag + " baliho").get("/api/v1/reports").then()
                .statusCode(200).body("totalItems", equalTo(0));
        // A number matches from its start, not somewhere inside: the middle of a letter number finds nothing.
        as(Tokens.verifier()).queryParam("q", tag + "/2024").get("/api/v1/reports").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(Tokens.verifier()).queryParam("caseNumber", found.get("caseNumber")).get("/api/v1/reports").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        as(Tokens.verifier()).queryParam("source", "BAWASLU-SULTRA").queryParam("externalId", "REG-" + tag)
                .get("/api/v1/reports").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        as(Tokens.verifier()).queryParam("source", "BAWASLU-JATIM").queryParam("externalId", "REG-" + tag)
                .get("/api/v1/reports").then()
                .statusCode(200).body("totalItems", equalTo(0));
        as(Tokens.verifier()).queryParam("decreeNumber", "DEC/" + tag + "/2024").get("/api/v1/report-tracks").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].decreeNumber", equalTo("DEC/" + tag + "/2024"));
        // The export takes the same filters.
        String csv = as(Tokens.verifier()).accept("text/csv").queryParam("q", "REC/" + tag).get("/api/v1/reports")
                .then().statusCode(200).extract().asString();
        assertEquals(2, csv.split("\r\n").length, csv);
        // Changed since a moment before the case began: found; since a moment after its last change: not.
        as(Tokens.verifier()).queryParam("q", "REG-" + tag).queryParam("updatedSince", before)
                .get("/api/v1/reports").then().statusCode(200).body("items.id", contains(id));
        as(Tokens.verifier()).queryParam("q", "REG-" + tag)
                .queryParam("updatedSince", Instant.now().plusSeconds(60).toString()).get("/api/v1/reports").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void searchStaysInTheCallersScope() {
        String tag = tag();
        Map<String, String> found = decidedCase(tag, ReportFixtures.employee(KENDARI, "74.71"));
        String q = "DEC/" + tag;
        as(Tokens.ppk(KENDARI)).queryParam("q", q).get("/api/v1/reports").then().statusCode(200).body("items.id", contains(found.get("id")));
        as(Tokens.ppk(LAHAT)).queryParam("q", q).get("/api/v1/reports").then().statusCode(200).body("totalItems", equalTo(0));
        as(Tokens.ppk(LAHAT)).queryParam("decreeNumber", "DEC/" + tag + "/2024").get("/api/v1/report-tracks").then()
                .statusCode(200).body("totalItems", equalTo(0));
        as(Tokens.bawaslu("16")).queryParam("caseNumber", found.get("caseNumber")).get("/api/v1/reports").then()
                .statusCode(200).body("totalItems", equalTo(0));
        as(Tokens.bawaslu("74")).queryParam("caseNumber", found.get("caseNumber")).get("/api/v1/reports").then()
                .statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void badSearchParametersAreProblems() {
        invalidRequest(Tokens.verifier()).queryParam("q", "x".repeat(101)).get("/api/v1/reports").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("q"));
        invalidRequest(Tokens.verifier()).get("/api/v1/reports?updatedSince=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        invalidRequest(Tokens.verifier()).get("/api/v1/reports?updatedSince=2026-01-31T08:00:00").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        // LIKE wildcards are text, not patterns: no case holds "%_%!".
        as(Tokens.verifier()).queryParam("q", "%_%!").get("/api/v1/reports").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
