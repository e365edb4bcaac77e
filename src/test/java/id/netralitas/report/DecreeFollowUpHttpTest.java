package id.netralitas.report;

import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.netralitas.testsupport.Tokens;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After the decree: its delivery to the employee (from which the time to contest it counts) and its
 * copy to BKN, each recorded once per decree by the agency's ppk; and the decision on an objection or
 * appeal by the role the election's rule names.
 */
@QuarkusTest
class DecreeFollowUpHttpTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String DECIDED_BY_PPK = "PEMILU-UJI-KEBERATAN-PPK";

    private static String path(String id, String nip) {
        return "/api/v1/reports/" + id + "/employees/" + nip;
    }

    private static ValidatableResponse step(String token, String id, String nip, Map<String, Object> body) {
        return ReportFixtures.trackStep(token, id, nip, body);
    }

    @Test
    void theDecreeIsDeliveredAndCopiedToBknOnceAndTheTimeToObjectCountsFromTheDelivery() {
        LocalDate today = ReportFixtures.today();
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        // A decree dated a month ago: counted from its date, the time to contest it has passed.
        String id = ReportFixtures.sanctioned(ReportFixtures.election(), KENDARI, nip, "TURUN_JABATAN_12",
                today.minusDays(40), today.minusDays(30));
        String ppk = Tokens.ppk(KENDARI);
        String asn = Tokens.asn(nip);
        as(asn).get("/api/v1/me/cases/" + id).then().statusCode(200).body("allowedActions", not(hasItem("OBJECT")))
                .body("track.decreeDeliveredOn", nullValue());
        as(ppk).get(path(id, nip)).then().statusCode(200)
                .body("allowedActions", hasItems("DELIVER_DECREE", "REPORT_TO_BKN"));

        // Each step needs the receipt or covering letter, and only the employee's own agency's ppk takes it.
        step(ppk, id, nip, Map.of("action", "DELIVER_DECREE")).statusCode(400)
                .body("errors[0].field", equalTo("documentNumber")).body("errors[0].code", equalTo("REQUIRED_FOR_ACTION"));
        step(Tokens.verifier(), id, nip, Map.of("action", "DELIVER_DECREE", "documentNumber", "TT/1/2026"))
                .statusCode(403).body("code", equalTo("REPORT_ACTION_FORBIDDEN"));
        step(ppk, id, nip, Map.of("action", "DELIVER_DECREE", "documentNumber", "TT/1/2026",
                "occurredOn", today.plusDays(1).toString())).statusCode(400)
                .body("errors[0].code", equalTo("DATE_IN_FUTURE"));
        as(ppk).get(path(id, nip)).then().body("decreeDeliveredOn", nullValue());

        step(ppk, id, nip, Map.of("action", "DELIVER_DECREE", "documentNumber", " TT/1/2026 ")).statusCode(200)
                .body("status", equalTo("SANKSI_DIJATUHKAN")).body("decreeDeliveryNumber", equalTo("TT/1/2026"))
                .body("decreeDeliveredOn", equalTo(today.toString()))
                .body("allowedActions", not(hasItem("DELIVER_DECREE"))).body("allowedActions", hasItem("REPORT_TO_BKN"));
        step(ppk, id, nip, Map.of("action", "DELIVER_DECREE", "documentNumber", "TT/2/2026")).statusCode(409)
                .body("code", equalTo("DECREE_ALREADY_DELIVERED")).body("currentState", equalTo("SANKSI_DIJATUHKAN"));
        as(ppk).get(path(id, nip)).then().body("decreeDeliveryNumber", equalTo("TT/1/2026"));

        // Delivered today: the employee may still object, until the rule's days from the delivery.
        as(asn).get("/api/v1/me/cases/" + id).then().statusCode(200).body("allowedActions", hasItem("OBJECT"))
                .body("track.decreeDeliveredOn", equalTo(today.toString()))
                .body("track.objectionDue", not(nullValue()));

        step(ppk, id, nip, Map.of("action", "REPORT_TO_BKN", "documentNumber", "800/BKPSDM/77/2026")).statusCode(200)
                .body("bknCopyNumber", equalTo("800/BKPSDM/77/2026")).body("bknCopyOn", equalTo(today.toString()))
                .body("allowedActions", not(hasItem("REPORT_TO_BKN")));
        step(ppk, id, nip, Map.of("action", "REPORT_TO_BKN", "documentNumber", "800/BKPSDM/78/2026")).statusCode(409)
                .body("code", equalTo("BKN_COPY_ALREADY_SENT"));

        // A corrected decree is delivered and copied again.
        step(ppk, id, nip, Map.of("action", "CORRECT_DECREE", "decree", Map.of("number", "800/K/" + nip.substring(12),
                "date", today.minusDays(30).toString(), "sanctionCode", "TURUN_JABATAN_12"))).statusCode(200)
                .body("decreeDeliveredOn", nullValue()).body("bknCopyOn", nullValue())
                .body("allowedActions", hasItems("DELIVER_DECREE", "REPORT_TO_BKN"));
        as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then().statusCode(200)
                .body("items.findAll { it.action == 'DELIVER_DECREE' }.documentNumber", contains("TT/1/2026"))
                .body("items.findAll { it.action == 'REPORT_TO_BKN' }.documentNumber", contains("800/BKPSDM/77/2026"));
        as(Tokens.admin()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void anObjectionIsDecidedByTheRoleTheElectionsRuleNames() {
        Map<String, Object> wrong = ReportFixtures.electionBody("PEMILU-UJI-PEMUTUS-SALAH", "verifier");
        List<Object> rules = new java.util.ArrayList<>((List<?>) wrong.get("deadlineRules"));
        Map<String, Object> reporting = new HashMap<>(Map.of("kind", "REPORTING", "amount", 7, "unit", "WORKING_DAYS",
                "countedFrom", "knowledge", "decidedBy", "ppk"));
        rules.set(0, reporting);
        wrong.put("deadlineRules", rules);
        as(Tokens.admin()).contentType("application/json").body(wrong).post("/api/v1/elections").then().statusCode(400)
                .body("errors.field", hasItem("deadlineRules[0].decidedBy"))
                .body("errors.code", hasItem("DECIDER_NOT_APPLICABLE"));
        as(Tokens.admin()).get("/api/v1/elections/PEMILU-UJI-PEMUTUS-SALAH").then().statusCode(404);
        reporting.put("decidedBy", "bawaslu");
        invalidRequest(Tokens.admin()).contentType("application/json").body(wrong).post("/api/v1/elections").then()
                .statusCode(400).body("errors.field", hasItem("deadlineRules[0].decidedBy"));

        int created = as(Tokens.admin()).contentType("application/json").body(ReportFixtures.electionBody(DECIDED_BY_PPK,
                "ppk")).post("/api/v1/elections").then().extract().statusCode();
        if (created != 201 && created != 409) {
            throw new AssertionError("could not create the election: " + created);
        }
        as(Tokens.admin()).get("/api/v1/elections/" + DECIDED_BY_PPK).then().statusCode(200)
                .body("deadlineRules.find { it.kind == 'OBJECTION' }.decidedBy", equalTo("ppk"))
                .body("deadlineRules.find { it.kind == 'REPORTING' }.decidedBy", nullValue());

        LocalDate today = ReportFixtures.today();
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String id = ReportFixtures.sanctioned(DECIDED_BY_PPK, KENDARI, nip, "TURUN_JABATAN_12", today, today);
        as(Tokens.asn(nip)).contentType("application/json").body(Map.of("reason", "Klarifikasi saya tidak dipertimbangkan."))
                .post("/api/v1/me/cases/" + id + "/objections").then().statusCode(200)
                .body("track.status", equalTo("KEBERATAN"));

        String ppk = Tokens.ppk(KENDARI);
        as(Tokens.verifier()).get(path(id, nip)).then().statusCode(200).body("allowedActions", not(hasItem("UPHOLD")));
        step(Tokens.verifier(), id, nip, Map.of("action", "UPHOLD", "documentNumber", "BKN/K/1")).statusCode(403)
                .body("code", equalTo("REPORT_ACTION_FORBIDDEN"));
        as(Tokens.ppk("KAB-74.13")).get(path(id, nip)).then().statusCode(404);
        as(ppk).get(path(id, nip)).then().statusCode(200).body("status", equalTo("KEBERATAN"))
                .body("allowedActions", containsInAnyOrder("UPHOLD", "AMEND", "ANNUL", "REPORT_TO_BKN"));
        step(ppk, id, nip, Map.of("action", "UPHOLD", "documentNumber", "800/KEB/" + nip.substring(12))).statusCode(200)
                .body("status", equalTo("SANKSI_DIKUATKAN"));

        // Under the default rule the authority decides, and the ppk does not.
        String other = ReportFixtures.employee(KENDARI, "74.71");
        String second = ReportFixtures.sanctioned(ReportFixtures.election(), KENDARI, other, "TURUN_JABATAN_12", today, today);
        as(Tokens.asn(other)).contentType("application/json").body(Map.of("reason", "Saya keberatan atas keputusan ini."))
                .post("/api/v1/me/cases/" + second + "/objections").then().statusCode(200);
        step(ppk, second, other, Map.of("action", "UPHOLD", "documentNumber", "800/KEB/X")).statusCode(403);
        step(Tokens.verifier(), second, other, Map.of("action", "ANNUL", "documentNumber", "BKN/ANNUL/" + other))
                .statusCode(200).body("status", equalTo("SANKSI_DIBATALKAN"));
    }
}
