package id.netralitas.report;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportReadingTest {

    @Test
    void aPpkSeesOnlyItsAgencysReportsAndNeverTheReporter() {
        String inKendari = ReportFixtures.employee("KOTA-74.71", "74.71");
        String inLahat = ReportFixtures.employee("KAB-16.04", "16.04");
        Map<String, Object> aboutKendari = ReportFixtures.report(inKendari);
        aboutKendari.put("anonymous", false);
        aboutKendari.put("reporter", Map.of("name", "Siti Aminah", "phone", "+62 812 3456 7890"));
        String kendari = anonymous().contentType("application/json").body(aboutKendari).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        String lahat = anonymous().contentType("application/json").body(ReportFixtures.report(inLahat))
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.id");

        as(Tokens.ppk("KOTA-74.71")).get("/api/v1/reports/" + kendari).then().statusCode(200)
                .body("reportedEmployees[0].agencyCode", equalTo("KOTA-74.71"))
                .body("$", not(hasKey("reporter")));
        as(Tokens.bawaslu()).get("/api/v1/reports/" + kendari).then().statusCode(200)
                .body("reporter.name", equalTo("Siti Aminah"));
        as(Tokens.ppk("KOTA-74.71")).get("/api/v1/reports/" + lahat).then().statusCode(404)
                .body("code", equalTo("REPORT_NOT_FOUND"));
        as(Tokens.ppk("KOTA-74.71")).get("/api/v1/reports?size=100").then().statusCode(200)
                .body("items.id", hasItem(kendari)).body("items.id", not(hasItem(lahat)))
                .body("items.reporter", everyItem(org.hamcrest.Matchers.nullValue()));
        as(Tokens.asn(inKendari)).get("/api/v1/reports/" + kendari).then().statusCode(403);
        invalidRequest().get("/api/v1/reports/" + kendari).then().statusCode(401);
        as(Tokens.verifier()).get("/api/v1/reports/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void theSameNipAndTypeInOneElectionIsAPossibleDuplicate() {
        String nip = ReportFixtures.employee("KOTA-74.71", "74.71");
        String earlier = anonymous().contentType("application/json").body(ReportFixtures.report(nip, "D-06", "D-04"))
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.caseNumber");
        // The public submitter is told nothing of other reports; the officers see the likely duplicate.
        String second = anonymous().contentType("application/json").body(ReportFixtures.report(nip, "D-06"))
                .post("/api/v1/reports").then().statusCode(201)
                .body("report.possibleDuplicates", hasSize(0)).extract().path("report.id");
        as(Tokens.verifier()).get("/api/v1/reports/" + second).then().statusCode(200)
                .body("possibleDuplicates.caseNumber", contains(earlier))
                .body("possibleDuplicates[0].reason", equalTo("SAME_EMPLOYEE_AND_TYPE"));
        String third = anonymous().contentType("application/json").body(ReportFixtures.report(nip, "KE-02"))
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.id");
        as(Tokens.verifier()).get("/api/v1/reports/" + third).then().statusCode(200)
                .body("possibleDuplicates", hasSize(0));
        as(Tokens.verifier()).get("/api/v1/reports?possibleDuplicate=true&nip=" + nip).then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void filtersCombine() {
        String nip = ReportFixtures.employee("KOTA-74.71", "74.71");
        anonymous().contentType("application/json").body(ReportFixtures.report(nip, "D-02")).post("/api/v1/reports")
                .then().statusCode(201);
        Map<String, Object> late = ReportFixtures.report(nip, "D-02");
        late.put("electionCode", "PEMILU-2024");
        late.put("incidentDate", "2024-01-10");
        late.put("knownDate", "2024-01-10");
        late.put("incidentRegionCode", "16.04");
        anonymous().contentType("application/json").body(late).post("/api/v1/reports").then().statusCode(201);
        as(Tokens.verifier()).get("/api/v1/reports?nip=" + nip).then().statusCode(200).body("totalItems", equalTo(2));
        as(Tokens.verifier()).get("/api/v1/reports?nip=" + nip + "&late=true").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].electionCode", equalTo("PEMILU-2024"));
        as(Tokens.verifier()).get("/api/v1/reports?nip=" + nip + "&regionCode=74").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].incidentRegionCode", equalTo("74.13"));
        as(Tokens.verifier()).get("/api/v1/reports?nip=" + nip + "&violationType=D-02&electionCode=pemilu-2024")
                .then().statusCode(200).body("totalItems", equalTo(1));
        as(Tokens.verifier()).get("/api/v1/reports?agencyCode=KOTA-74.71&origin=LAPORAN&channel=PORTAL&status=DITERIMA"
                + "&receivedFrom=" + ReportFixtures.today() + "&sort=caseNumber&size=100").then().statusCode(200)
                .body("items.reportedEmployees.flatten().nip", hasItem(nip));
        invalidRequest(Tokens.verifier()).get("/api/v1/reports?receivedFrom=2024-13-01").then().statusCode(400);
        invalidRequest(Tokens.verifier()).get("/api/v1/reports?status=SELESAI_SEMUA").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aBatchOf500WithTenInvalidCreates490AndListsTheTen() {
        List<Map<String, Object>> items = new ArrayList<>();
        String prefix = "BWS-BATCH-" + System.nanoTime() + "/";
        for (int i = 0; i < 500; i++) {
            Map<String, Object> item = ReportFixtures.bawasluReport(null, prefix + i);
            if (i % 50 == 7) {
                switch ((i / 50) % 5) {
                    case 0 -> item.put("incidentDate", "not-a-date");
                    case 1 -> item.put("violationTypeCodes", List.of("NO-SUCH"));
                    case 2 -> item.put("description", "pendek");
                    case 3 -> item.put("origin", "RUMOR");
                    default -> item.put("incidentRegionCode", "99.99");
                }
            }
            items.add(item);
        }
        String key = "batch-" + System.nanoTime();
        // Ten items are invalid on purpose, so the request is only checked by the service.
        io.restassured.path.json.JsonPath answer = invalidRequest(Tokens.bawaslu()).header("Idempotency-Key", key)
                .contentType("application/json").body(Map.of("reports", items))
                .post("/api/v1/report-batches").then().statusCode(200)
                .body("created", equalTo(490)).body("existing", equalTo(0)).body("rejected", equalTo(10))
                .body("items", hasSize(500))
                .body("items.findAll { it.outcome == 'REJECTED' }.index", contains(7, 57, 107, 157, 207, 257, 307, 357, 407, 457))
                .body("items[7].errors[0].field", equalTo("incidentDate"))
                .body("items[7].errors[0].code", equalTo("INVALID_TYPE"))
                .body("items[57].code", equalTo("VALIDATION_FAILED"))
                .body("items[57].errors[0].code", equalTo("VIOLATION_TYPE_UNKNOWN"))
                .body("items[107].errors[0].field", equalTo("description"))
                .body("items[157].errors[0].code", equalTo("INVALID_ENUM_VALUE"))
                .body("items[207].errors[0].code", equalTo("REGION_UNKNOWN"))
                .extract().jsonPath();
        // The same key: the first answer, nothing new.
        invalidRequest(Tokens.bawaslu()).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("reports", items)).post("/api/v1/report-batches").then().statusCode(200)
                .body("created", equalTo(490)).body("items[0].id", equalTo(answer.getString("items[0].id")));
        // Without the key: the external references are known, so every good item already exists.
        invalidRequest(Tokens.bawaslu()).contentType("application/json").body(Map.of("reports", items))
                .post("/api/v1/report-batches").then().statusCode(200)
                .body("created", equalTo(0)).body("existing", equalTo(490)).body("rejected", equalTo(10));
        as(Tokens.verifier()).get("/api/v1/reports?origin=TEMUAN&size=1").then().statusCode(200);
        invalidRequest(Tokens.bawaslu()).contentType("application/json").body(Map.of("reports", List.of()))
                .post("/api/v1/report-batches").then().statusCode(400);
        // The task force's client sends batches too, but only what a verifier files (INTERNAL complaints).
        as(Tokens.verifier()).contentType("application/json").body(Map.of("reports", items.subList(0, 1)))
                .post("/api/v1/report-batches").then().statusCode(200).body("items[0].outcome", equalTo("REJECTED"));
        as(Tokens.asn(TestData.pnsNip())).contentType("application/json").body(Map.of("reports", items.subList(0, 1)))
                .post("/api/v1/report-batches").then().statusCode(403);
    }
}
