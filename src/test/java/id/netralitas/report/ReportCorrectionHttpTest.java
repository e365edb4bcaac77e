package id.netralitas.report;

import static id.netralitas.report.ReportFixtures.etag;
import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code PATCH /reports/{id}}: what was filed is corrected by the role holding the case at its stage,
 * validated as at intake, recorded in the hash-chained history; a correction of the violation type
 * changes the sanctions a recommendation may name. Every refusal leaves the case as it was.
 */
@QuarkusTest
class ReportCorrectionHttpTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String LAHAT = "KAB-16.04";

    private static int historyLength(String id) {
        return as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then().statusCode(200)
                .extract().path("totalItems");
    }

    private static ValidatableResponse patch(String token, String id, String ifMatch, Map<String, Object> body) {
        var request = as(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.patch("/api/v1/reports/" + id).then();
    }

    /** A refused correction: the answer expected, and the case and its history unchanged. */
    private static void refused(String token, String id, String ifMatch, Map<String, Object> body, int status,
                                String code) {
        String before = etag(id);
        int history = historyLength(id);
        patch(token, id, ifMatch, body).statusCode(status).body("code", equalTo(code));
        assertEquals(before, etag(id), "the case changed");
        assertEquals(history, historyLength(id), "the history grew");
    }

    private static Map<String, Object> correction(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", "Koreksi atas data yang keliru dicatat");
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> recommend(String nip, String sanction) {
        return Map.of("action", "RECOMMEND", "recommendation", Map.of("letterNumber", "B-9/BKN/2026",
                "letterDate", ReportFixtures.today().toString(),
                "employees", List.of(Map.of("nip", nip, "proven", true, "sanctionCode", sanction))));
    }

    @Test
    void correctingTheViolationTypeChangesTheSanctionsARecommendationMayName() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> complaint = ReportFixtures.report(nip, "KE-04");
        complaint.put("origin", "INTERNAL");
        complaint.put("channel", "SBT");
        complaint.remove("anonymous");
        String id = as(Tokens.verifier()).contentType("application/json").body(complaint).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.id");

        // KE-04 is an ethics breach: only a moral sanction may be recommended.
        as(Tokens.verifier()).header("If-Match", etag(id)).contentType("application/json")
                .body(recommend(nip, "TURUN_JABATAN_12")).post("/api/v1/reports/" + id + "/transitions").then()
                .statusCode(422).body("code", equalTo("SANCTION_NOT_ALLOWED"))
                .body("allowedSanctions", containsInAnyOrder("MORAL_TERTUTUP", "MORAL_TERBUKA"));

        Map<String, Object> toD06 = correction("violationTypeCodes", List.of("D-06"));
        refused(Tokens.bawaslu(), id, etag(id), toD06, 403, "REPORT_CORRECTION_FORBIDDEN");
        refused(Tokens.ppk(KENDARI), id, etag(id), toD06, 403, "REPORT_CORRECTION_FORBIDDEN");
        refused(Tokens.ppk(LAHAT), id, etag(id), toD06, 404, "REPORT_NOT_FOUND");
        refused(Tokens.verifier(), id, "\"99\"", toD06, 412, "PRECONDITION_FAILED");
        refused(Tokens.verifier(), id, null, toD06, 428, "PRECONDITION_REQUIRED");
        refused(Tokens.verifier(), id, etag(id), correction("violationTypeCodes", List.of("X-99")), 422,
                "VALIDATION_FAILED");
        refused(Tokens.verifier(), id, etag(id), correction("violationTypeCodes", List.of("KE-04")), 400,
                "NOTHING_TO_CORRECT");
        invalidRequest(Tokens.verifier()).header("If-Match", etag(id)).contentType("application/json")
                .body(Map.of("violationTypeCodes", List.of("D-06"))).patch("/api/v1/reports/" + id).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as(Tokens.verifier()).get("/api/v1/reports/" + id).then().body("violationTypes.code", contains("KE-04"));

        patch(Tokens.verifier(), id, etag(id), toD06).statusCode(200)
                .body("violationTypes.code", contains("D-06")).body("status", equalTo("VERIFIKASI"));
        JsonPath history = as(Tokens.verifier()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("CORRECTED", history.getString("items[-1].type"));
        assertEquals("violationTypes: KE-04 -> D-06", history.getString("items[-1].details"));
        assertEquals("Koreksi atas data yang keliru dicatat", history.getString("items[-1].note"));

        as(Tokens.verifier()).header("If-Match", etag(id)).contentType("application/json")
                .body(recommend(nip, "TURUN_JABATAN_12")).post("/api/v1/reports/" + id + "/transitions").then()
                .statusCode(200).body("status", equalTo("DIREKOMENDASIKAN"));
        // Recommended: nobody corrects the filing any more.
        refused(Tokens.verifier(), id, etag(id), correction("incidentPlace", "Kantor dinas"), 409, "CORRECTION_NOT_ALLOWED");
        as(Tokens.admin()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void datesRegionAndPlaceAreValidatedAsAtIntakeAndTheReportingDeadlineIsCountedAgain() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String id = anonymous().contentType("application/json").body(ReportFixtures.report(nip)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.id");
        String incident = ReportFixtures.today().minusDays(2).toString();
        refused(Tokens.bawaslu(), id, etag(id), correction("incidentDate", ReportFixtures.today().toString()), 400,
                "VALIDATION_FAILED");
        refused(Tokens.bawaslu(), id, etag(id), correction("incidentRegionCode", "74.99"), 422, "VALIDATION_FAILED");
        refused(Tokens.verifier(), id, etag(id), correction("incidentPlace", "Balai desa"), 403,
                "REPORT_CORRECTION_FORBIDDEN");

        String known = ReportFixtures.today().minusDays(30).toString();
        String before = as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().extract().path("reportingDeadline");
        patch(Tokens.bawaslu(), id, etag(id), correction("incidentDate", known, "knownDate", known,
                "incidentRegionCode", "7471", "incidentPlace", "Balai kota Kendari")).statusCode(200)
                .body("incidentDate", equalTo(known)).body("knownDate", equalTo(known))
                .body("incidentRegionCode", equalTo("74.71")).body("incidentPlace", equalTo("Balai kota Kendari"))
                .body("lateReport", equalTo(true));
        String after = as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().extract().path("reportingDeadline");
        assertEquals(true, after.compareTo(before) < 0, "the reporting deadline counts from the corrected known date");
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id + "/history?size=100").then().statusCode(200)
                .body("items[-1].details", containsString("incidentDate: " + incident + " -> " + known))
                .body("items[-1].details", containsString("incidentRegionCode: 74.13 -> 74.71"))
                .body("items.type", hasItem("CORRECTED"));
    }

    @Test
    void aRegionalElectionTakesOnlyItsOwnRegions() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> report = ReportFixtures.report(nip);
        report.put("electionCode", "PILKADA-2024");
        report.put("incidentDate", "2024-10-10");
        report.put("knownDate", "2024-10-11");
        report.put("incidentRegionCode", "34"); // DI Yogyakarta elects no governor: only its kabupaten/kota vote
        anonymous().contentType("application/json").body(report).post("/api/v1/reports").then().statusCode(422)
                .body("errors[0].field", equalTo("incidentRegionCode"))
                .body("errors[0].code", equalTo("REGION_NOT_IN_ELECTION"));
        report.put("incidentRegionCode", "34.71");
        anonymous().contentType("application/json").body(report).post("/api/v1/reports").then().statusCode(201);
    }

    @Test
    void anAgencyCorrectsItsOwnCaseOnly() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> own = ReportFixtures.report(nip);
        own.put("origin", "INTERNAL");
        own.put("channel", "INSTANSI");
        own.remove("anonymous");
        String id = as(Tokens.ppk(KENDARI)).contentType("application/json").body(own).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        refused(Tokens.bawaslu(), id, etag(id), correction("candidatePhase", "BAKAL_CALON"), 403,
                "REPORT_CORRECTION_FORBIDDEN");
        patch(Tokens.ppk(KENDARI), id, etag(id), correction("candidatePhase", "BAKAL_CALON")).statusCode(200)
                .body("candidatePhase", equalTo("BAKAL_CALON"));
        String lahat = ReportFixtures.employee(LAHAT, "16.04");
        refused(Tokens.ppk(KENDARI), id, etag(id), correction("addReportedEmployees", List.of(Map.of("nip", lahat))), 403,
                "AGENCY_OUT_OF_SCOPE");
    }

    @Test
    void personsFoundDuringClarificationAreAddedAndWronglyNamedOnesRemoved() throws InterruptedException {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String found = ReportFixtures.employee(KENDARI, "74.71");
        String id = anonymous().contentType("application/json").body(ReportFixtures.report(nip)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.id");
        refused(Tokens.bawaslu(), id, etag(id), correction("addReportedEmployees", List.of(Map.of("nip", "199001012015031999"))),
                422, "VALIDATION_FAILED");
        patch(Tokens.bawaslu(), id, etag(id), correction("addReportedEmployees", List.of(Map.of("nip", "199001012015031999"))))
                .statusCode(422).body("errors[0].field", equalTo("addReportedEmployees[0].nip"));
        refused(Tokens.bawaslu(), id, etag(id), correction("removeReportedPositions", List.of(1)), 400, "VALIDATION_FAILED");
        refused(Tokens.bawaslu(), id, etag(id), correction("removeReportedPositions", List.of(7)), 400, "VALIDATION_FAILED");

        String before = etag(id);
        String updatedBefore = as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().extract().path("updatedAt");
        Thread.sleep(1100); // updatedAt may be kept to the second: let one pass so that a change shows
        String after = patch(Tokens.bawaslu(), id, before, correction("addReportedEmployees", List.of(Map.of("nip", found))))
                .statusCode(200).body("reportedEmployees.nip", contains(nip, found))
                .body("reportedEmployees.position", contains(1, 2)).extract().header("ETag");
        // Only a part of the case changed, yet the case is changed: a new ETag, a later updatedAt (for sync).
        org.junit.jupiter.api.Assertions.assertNotEquals(before, after);
        org.junit.jupiter.api.Assertions.assertEquals(after, etag(id));
        String updatedAfter = as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().extract().path("updatedAt");
        org.junit.jupiter.api.Assertions.assertTrue(java.time.Instant.parse(updatedAfter)
                .isAfter(java.time.Instant.parse(updatedBefore)), updatedBefore + " -> " + updatedAfter);
        patch(Tokens.bawaslu(), id, etag(id), correction("removeReportedPositions", List.of(1))).statusCode(200)
                .body("reportedEmployees.nip", contains(found));
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .body("items[-1].details", equalTo("reportedEmployees: - position 1 (" + nip + ")"))
                .body("items[-2].details", equalTo("reportedEmployees: + position 2 (" + found + ")"));
    }
}
