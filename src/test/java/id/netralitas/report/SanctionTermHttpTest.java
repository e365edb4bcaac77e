package id.netralitas.report;

import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ppk records that a sanction with a term was served, once the term is over, and never for one without a term. */
@QuarkusTest
class SanctionTermHttpTest {

    private static final String KENDARI = "KOTA-74.71";

    private static String sanctioned(String nip, String n, Map<String, Object> decree) {
        String id = ReportFixtures.recommendedIn2024(n, (String) decree.get("sanctionCode"), nip);
        move(id, nip, Map.of("action", "IMPOSE_SANCTION", "decree", decree), 200);
        return id;
    }

    private static void move(String id, String nip, Map<String, Object> body, int status) {
        ReportFixtures.trackStep(Tokens.ppk(KENDARI), id, nip, body).statusCode(status);
    }

    private static Map<String, Object> decree(String number, String sanction, Integer months, String effective) {
        Map<String, Object> decree = new HashMap<>(Map.of("number", number, "date", "2024-06-10", "sanctionCode", sanction));
        if (months != null) {
            decree.put("durationMonths", months);
            decree.put("effectiveDate", effective);
        }
        return decree;
    }

    @Test
    void aServedTermEndsTheSanctionAnUnfinishedOrTermlessOneDoesNot() {
        String served = ReportFixtures.employee(KENDARI, "74.71");
        String id = sanctioned(served, "41", decree("800/41/2024", "TURUN_JABATAN_12", 12, "2024-07-01"));
        String path = "/api/v1/reports/" + id + "/employees/" + served;
        as(Tokens.ppk(KENDARI)).get(path).then().body("sanctionEndsOn", equalTo("2025-07-01"))
                .body("allowedActions", hasItem("SANCTION_ENDED"));
        move(id, served, Map.of("action", "SANCTION_ENDED"), 200);
        as(Tokens.verifier()).get(path).then().body("status", equalTo("SANKSI_SELESAI"));
        as(Tokens.verifier()).get("/api/v1/reports/" + id).then().body("status", equalTo("SELESAI"));

        String running = ReportFixtures.employee(KENDARI, "74.71");
        String later = ReportFixtures.today().minusMonths(1).toString();
        String second = sanctioned(running, "42", decree("800/42/2024", "TURUN_JABATAN_12", 12, later));
        as(Tokens.ppk(KENDARI)).get("/api/v1/reports/" + second + "/employees/" + running).then()
                .body("allowedActions", not(hasItem("SANCTION_ENDED")));
        move(second, running, Map.of("action", "SANCTION_ENDED"), 409);

        String dismissed = ReportFixtures.employee(KENDARI, "74.71");
        String third = sanctioned(dismissed, "43", decree("800/43/2024", "PDHTAPS", null, null));
        move(third, dismissed, Map.of("action", "SANCTION_ENDED"), 409);
        as(Tokens.verifier()).get("/api/v1/reports/" + third + "/employees/" + dismissed).then()
                .body("status", equalTo("SANKSI_DIJATUHKAN"));
    }
}
