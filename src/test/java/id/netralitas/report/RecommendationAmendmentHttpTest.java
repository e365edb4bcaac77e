package id.netralitas.report;

import static id.netralitas.report.ReportFixtures.etag;
import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The authority amends its recommendation for a follow-up that still waits for the ppk, never for one
 * the ppk has acted on; the ppk corrects its own decree, within the sanctions the catalogue allows.
 */
@QuarkusTest
class RecommendationAmendmentHttpTest {

    private static final String KENDARI = "KOTA-74.71";

    private static int historyLength(String id) {
        return as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then().extract().path("totalItems");
    }

    private static void track(String token, String id, String nip, Map<String, Object> body, int status) {
        ReportFixtures.trackStep(token, id, nip, body).statusCode(status);
    }

    private static Map<String, Object> amendment(String nip, boolean proven, String sanction) {
        Map<String, Object> outcome = sanction == null ? Map.of("nip", nip, "proven", proven)
                : Map.of("nip", nip, "proven", proven, "sanctionCode", sanction);
        return Map.of("action", "AMEND_RECOMMENDATION", "recommendation", Map.of("letterNumber", "B-77/BKN/2026",
                "letterDate", ReportFixtures.today().toString(), "employees", List.of(outcome)));
    }

    @Test
    void theAuthorityAmendsWhatWaitsAndThePpkCorrectsItsDecree() {
        String first = ReportFixtures.employee(KENDARI, "74.71");
        String second = ReportFixtures.employee(KENDARI, "74.71");
        String id = ReportFixtures.recommendedIn2024("51", "TURUN_JABATAN_12", first, second);
        track(Tokens.ppk(KENDARI), id, first, Map.of("action", "IMPOSE_SANCTION", "decree", Map.of("number", "800/5I/2024",
                "date", "2024-06-10", "sanctionCode", "TURUN_JABATAN_12")), 200);

        // The first follow-up is decided: the recommendation no longer changes for it.
        int history = historyLength(id);
        as(Tokens.verifier()).header("If-Match", etag(id)).contentType("application/json")
                .body(amendment(first, true, "BEBAS_JABATAN_PELAKSANA_12")).post("/api/v1/reports/" + id + "/transitions")
                .then().statusCode(409).body("code", equalTo("TRACK_ALREADY_DECIDED"));
        assertHistory(id, history);
        ReportFixtures.move(Tokens.verifier(), id, etag(id), amendment(second, true, "BEBAS_JABATAN_PELAKSANA_12"));
        as(Tokens.verifier()).get("/api/v1/reports/" + id + "/employees/" + second).then()
                .body("recommendedSanction", equalTo("BEBAS_JABATAN_PELAKSANA_12"));
        ReportFixtures.move(Tokens.verifier(), id, etag(id), amendment(second, false, null));
        as(Tokens.verifier()).get("/api/v1/reports/" + id).then().body("status", equalTo("SELESAI"))
                .body("allowedActions", empty());

        // The ppk corrects a wrong decree number; a sanction the catalogue does not allow is refused.
        track(Tokens.ppk(KENDARI), id, first, Map.of("action", "CORRECT_DECREE", "decree", Map.of("number", "800/51/2024",
                "date", "2024-06-10", "sanctionCode", "MORAL_TERBUKA")), 422);
        track(Tokens.ppk(KENDARI), id, first, Map.of("action", "CORRECT_DECREE", "decree", Map.of("number", "800/51/2024",
                "date", "2024-06-10", "sanctionCode", "TURUN_JABATAN_12")), 200);
        as(Tokens.verifier()).get("/api/v1/reports/" + id + "/employees/" + first).then()
                .body("decreeNumber", equalTo("800/51/2024")).body("status", equalTo("SANKSI_DIJATUHKAN"));
        as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .body("items[-1].details", containsString("was: 800/5I/2024"));
    }

    private static void assertHistory(String id, int expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, historyLength(id), "a refused amendment left a trace");
    }
}
