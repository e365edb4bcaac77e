package id.netralitas.report;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The receipt view tells a reporter how a completed case ended: with a sanction standing, or without one. */
@QuarkusTest
class ReceiptStatusTest {

    private static final String KENDARI = "KOTA-74.71";

    /** A public report of January 2024 naming a Kendari employee, verified; its id, receipt and ETag. */
    private static String[] verifiedCase(String nip) {
        Map<String, Object> body = ReportFixtures.report(nip, "D-06");
        body.put("electionCode", "PEMILU-2024");
        body.put("incidentDate", "2024-01-10");
        body.put("knownDate", "2024-01-11");
        JsonPath created = anonymous().contentType("application/json").body(body).post("/api/v1/reports").then()
                .statusCode(201).extract().jsonPath();
        String id = created.getString("report.id");
        String etag = ReportFixtures.toVerification(id, "002/Reg/LP/PL/Prov/28.00/I/2024", "0124/PP.00.01/K.SG/01/2024");
        return new String[] {id, created.getString("receipt"), etag};
    }

    private static Map<String, Object> recommendation(String nip, boolean proven) {
        Map<String, Object> outcome = proven ? Map.of("nip", nip, "proven", true, "sanctionCode", "TURUN_JABATAN_12")
                : Map.of("nip", nip, "proven", false);
        return Map.of("action", "RECOMMEND", "recommendation", Map.of("letterNumber", "B-77/KASN/R/04/2024",
                "letterDate", "2024-04-05", "employees", List.of(outcome)));
    }

    @Test
    void aCaseCompletedWithoutASanctionIsNotShownAsSanctioned() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String[] c = verifiedCase(nip);
        ReportFixtures.move(Tokens.verifier(), c[0], c[2], recommendation(nip, false));
        as(Tokens.verifier()).get("/api/v1/reports/" + c[0]).then().statusCode(200).body("status", equalTo("SELESAI"));
        anonymous().get("/api/v1/receipts/" + c[1]).then().statusCode(200)
                .body("publicStatus", equalTo("COMPLETED")).body("statusLabel", equalTo("Completed without a sanction"));
        anonymous().header("Accept-Language", "id").get("/api/v1/receipts/" + c[1]).then().statusCode(200)
                .body("statusLabel", equalTo("Selesai tanpa sanksi"));
    }

    @Test
    void aCaseCompletedWithASanctionSaysSo() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String[] c = verifiedCase(nip);
        ReportFixtures.move(Tokens.verifier(), c[0], c[2], recommendation(nip, true));
        anonymous().get("/api/v1/receipts/" + c[1]).then().statusCode(200).body("publicStatus", equalTo("RECOMMENDED"));
        String trackPath = "/api/v1/reports/" + c[0] + "/employees/" + nip;
        long version = as(Tokens.ppk(KENDARI)).get(trackPath).then().statusCode(200).extract().jsonPath().getLong("version");
        as(Tokens.ppk(KENDARI)).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(Map.of("action", "IMPOSE_SANCTION", "decree", Map.of("number", "800/9/BKPSDM/2024",
                        "date", "2024-06-10", "sanctionCode", "TURUN_JABATAN_12")))
                .post(trackPath + "/transitions").then().statusCode(200);
        anonymous().get("/api/v1/receipts/" + c[1]).then().statusCode(200)
                .body("publicStatus", equalTo("SANCTIONED")).body("statusLabel", equalTo("Completed: a sanction was imposed"));
    }
}
