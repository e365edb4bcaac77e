package id.netralitas.report;

import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An employee blocked by two cases stays blocked until both are settled: each case's decree lifts
 * only the block its own escalation set.
 */
@QuarkusTest
class PersonnelBlockPerCaseHttpTest {

    private static final String LAHAT = "KAB-16.04";

    /** A Pemilu 2024 case about the employee, recommended in April 2024 and escalated to a block. */
    private static String overdueCase(String nip, String n) {
        String id = ReportFixtures.recommendedIn2024(n, "TURUN_JABATAN_12", nip);
        for (String step : List.of("PERINGATAN", "TEGURAN", "BLOKIR_DATA")) {
            track(Tokens.verifier(), id, nip, Map.of("action", step, "documentNumber", "BKN/" + step + "/" + n));
        }
        return id;
    }

    private static void track(String token, String id, String nip, Map<String, Object> body) {
        ReportFixtures.trackStep(token, id, nip, body).statusCode(200);
    }

    private static void decree(String id, String nip, String number) {
        track(Tokens.ppk(LAHAT), id, nip, Map.of("action", "IMPOSE_SANCTION", "decree", Map.of("number", number,
                "date", "2024-08-01", "sanctionCode", "TURUN_JABATAN_12")));
    }

    @Test
    void aCaseLiftsOnlyItsOwnBlock() {
        String nip = ReportFixtures.employee(LAHAT, "16.04");
        String first = overdueCase(nip, "31");
        String second = overdueCase(nip, "32");
        as(Tokens.admin()).get("/api/v1/employees/" + nip).then().body("personnelBlocked", equalTo(true))
                .body("blockedReference", equalTo("BKN/BLOKIR_DATA/32"));

        decree(first, nip, "800/31/BKPSDM/2024");
        as(Tokens.admin()).get("/api/v1/employees/" + nip).then().body("personnelBlocked", equalTo(true))
                .body("blockedReference", equalTo("BKN/BLOKIR_DATA/32"));

        decree(second, nip, "800/32/BKPSDM/2024");
        as(Tokens.admin()).get("/api/v1/employees/" + nip).then().body("personnelBlocked", equalTo(false));
    }

    @Test
    void theAgencysPpkAndTheVerifierTalkOnAFollowUpThatNoOtherAgencyReads() {
        String nip = ReportFixtures.employee(LAHAT, "16.04");
        String id = overdueCase(nip, "33");
        String path = "/api/v1/reports/" + id + "/employees/" + nip + "/messages";
        as(Tokens.verifier()).contentType("application/json").body(Map.of("body", "Mohon segera terbitkan keputusan."))
                .post(path).then().statusCode(201).body("kind", equalTo("TRACK"));
        as(Tokens.ppk(LAHAT)).contentType("application/json").body(Map.of("body", "Keputusan sedang ditandatangani."))
                .post(path).then().statusCode(201);
        as(Tokens.ppk(LAHAT)).get(path).then().statusCode(200)
                .body("body", org.hamcrest.Matchers.contains("Mohon segera terbitkan keputusan.", "Keputusan sedang ditandatangani."));
        as(Tokens.ppk("KOTA-74.71")).get(path).then().statusCode(404);
        as(Tokens.ppk("KOTA-74.71")).contentType("application/json").body(Map.of("body", "Bukan urusan kami."))
                .post(path).then().statusCode(404);
        as(Tokens.bawaslu()).get(path).then().statusCode(403);
        // The case's own messages do not carry them.
        as(Tokens.verifier()).get("/api/v1/reports/" + id + "/messages").then().statusCode(200)
                .body("kind", not(hasItem("TRACK")));
        as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .body("items.findAll { it.type == 'MESSAGE_ADDED' }.nip", org.hamcrest.Matchers.everyItem(equalTo(nip)));
    }

    @Test
    void theAgencysPpkRecordsTheFollowUpsDocumentsOnce() {
        String nip = ReportFixtures.employee(LAHAT, "16.04");
        String id = overdueCase(nip, "34");
        String path = "/api/v1/reports/" + id + "/employees/" + nip + "/documents";
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        Map<String, Object> decree = Map.of("kind", "DECREE", "number", "800/34/BKPSDM/2024", "date", "2024-08-01",
                "sha256", sha);
        as(Tokens.ppk(LAHAT)).contentType("application/json").body(decree).post(path).then().statusCode(201)
                .body("sha256", equalTo(sha)).body("kind", equalTo("DECREE"));
        as(Tokens.ppk(LAHAT)).contentType("application/json").body(decree).post(path).then().statusCode(409)
                .body("code", equalTo("DOCUMENT_ALREADY_RECORDED"));
        as(Tokens.ppk("KOTA-74.71")).contentType("application/json").body(decree).post(path).then().statusCode(404);
        as(Tokens.verifier()).contentType("application/json").body(decree).post(path).then().statusCode(403);
        as(Tokens.verifier()).get(path).then().statusCode(200).body("number", org.hamcrest.Matchers.contains("800/34/BKPSDM/2024"));
        as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .body("items[-1].type", equalTo("DOCUMENT_ADDED")).body("items[-1].nip", equalTo(nip));
    }
}
