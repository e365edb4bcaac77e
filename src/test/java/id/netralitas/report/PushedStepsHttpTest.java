package id.netralitas.report;

import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Integration clients push cases already in progress: a batch item carries the steps its case took in
 * the client's register, each dated, applied by the client's own rows of the workflow; the case arrives
 * at its stage, with its deadlines counted from the steps' days. A refused step refuses the item alone.
 */
@QuarkusTest
class PushedStepsHttpTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String SOURCE = "BAWASLU-SULTRA";

    private static Map<String, Object> step(String action, LocalDate on, Object... more) {
        Map<String, Object> step = new HashMap<>();
        step.put("action", action);
        if (on != null) {
            step.put("occurredOn", on.toString());
        }
        for (int i = 0; i < more.length; i += 2) {
            step.put((String) more[i], more[i + 1]);
        }
        return step;
    }

    private static Map<String, Object> pushed(String externalId, LocalDate receivedOn, List<Map<String, Object>> steps) {
        Map<String, Object> body = ReportFixtures.bawasluReport(ReportFixtures.employee(KENDARI, "74.71"), externalId);
        body.put("origin", "LAPORAN");
        body.put("incidentDate", receivedOn.minusDays(3).toString());
        body.put("knownDate", receivedOn.minusDays(2).toString());
        body.put("receivedOn", receivedOn.toString());
        body.put("anonymous", true);
        body.put("steps", steps);
        return body;
    }

    @Test
    void bawasluPushesCasesAtTheirStageAndARefusedStepRefusesOnlyItsItem() {
        LocalDate today = ReportFixtures.today();
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        LocalDate received = today.minusDays(20);
        Map<String, Object> forwarded = pushed("LP/" + run + "/1", received, List.of(
                step("REGISTER", today.minusDays(18), "registrationNumber", "031/Reg/LP/PL/Kota/28.00/" + run),
                step("START_CLARIFICATION", today.minusDays(15)),
                step("START_STUDY", today.minusDays(10)),
                step("FORWARD", today.minusDays(5), "forwardLetterNumber", "B-" + run + "/PM.06.02/K.SG/2026")));
        Map<String, Object> outOfOrder = pushed("LP/" + run + "/2", received, List.of(step("START_STUDY", today)));
        Map<String, Object> undated = pushed("LP/" + run + "/3", received, List.of(
                step("REGISTER", null, "registrationNumber", "032/Reg/" + run)));
        Map<String, Object> backwards = pushed("LP/" + run + "/4", received, List.of(
                step("REGISTER", today.minusDays(5), "registrationNumber", "033/Reg/" + run),
                step("START_STUDY", today.minusDays(6))));
        Map<String, Object> notBawaslus = pushed("LP/" + run + "/5", received, List.of(
                step("REGISTER", today.minusDays(18), "registrationNumber", "034/Reg/" + run),
                step("START_STUDY", today.minusDays(10)),
                step("FORWARD", today.minusDays(5), "forwardLetterNumber", "B-" + run + "/5"),
                step("START_VERIFICATION", today.minusDays(4))));
        Map<String, Object> beforeReceipt = pushed("LP/" + run + "/6", received, List.of(
                step("REGISTER", received.minusDays(1), "registrationNumber", "035/Reg/" + run)));

        Map<String, Object> batch = Map.of("reports", List.of(forwarded, outOfOrder, undated, backwards, notBawaslus,
                beforeReceipt));
        JsonPath answer = invalidRequest(Tokens.bawaslu()).contentType("application/json").body(batch)
                .post("/api/v1/report-batches").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(5))
                .body("items[0].outcome", equalTo("CREATED")).body("items[0].status", equalTo("DITERUSKAN"))
                .body("items[1].code", equalTo("REPORT_TRANSITION_NOT_ALLOWED"))
                .body("items[1].errors[0].field", equalTo("steps[0].action"))
                .body("items[1].errors[0].code", equalTo("STEP_REFUSED"))
                .body("items[2].code", equalTo("VALIDATION_FAILED"))
                .body("items[2].errors.field", contains("steps[0].occurredOn"))
                .body("items[3].errors[0].field", equalTo("steps[1].occurredOn"))
                .body("items[3].errors[0].code", equalTo("DATE_ORDER"))
                .body("items[4].code", equalTo("REPORT_ACTION_FORBIDDEN"))
                .body("items[4].errors[0].field", equalTo("steps[3].action"))
                .body("items[5].errors[0].field", equalTo("steps[0].occurredOn"))
                .body("items[5].errors[0].code", equalTo("DATE_ORDER"))
                .extract().jsonPath();
        String id = answer.getString("items[0].id");

        // Nothing of a refused item stays: not the case, not its earlier steps.
        for (int i = 2; i <= 6; i++) {
            as(Tokens.bawaslu()).get("/api/v1/reports?source=" + SOURCE + "&externalId=LP/" + run + "/" + i).then()
                    .statusCode(200).body("totalItems", equalTo(0));
        }
        // The pushed case is where its register has it, with the authority's time counted from the letter's step.
        as(Tokens.verifier()).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("status", equalTo("DITERUSKAN"))
                .body("registrationNumber", equalTo("031/Reg/LP/PL/Kota/28.00/" + run))
                .body("forwardLetterNumber", equalTo("B-" + run + "/PM.06.02/K.SG/2026"))
                .body("deadline.kind", equalTo("AUTHORITY_VERIFICATION"))
                .body("deadline.dueDate", equalTo(today.minusDays(5).plusDays(14).toString()))
                .body("allowedActions", hasItem("START_VERIFICATION"));
        as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then().statusCode(200)
                .body("items.action", contains(null, "REGISTER", "START_CLARIFICATION", "START_STUDY", "FORWARD"))
                .body("items[1].details", containsString("occurredOn: " + today.minusDays(18)))
                .body("items[4].details", containsString("occurredOn: " + today.minusDays(5)));

        // Sent again, the case is answered as it is: its steps are not taken twice.
        as(Tokens.bawaslu()).contentType("application/json").body(Map.of("reports", List.of(forwarded)))
                .post("/api/v1/report-batches").then().statusCode(200)
                .body("items[0].outcome", equalTo("EXISTING")).body("items[0].id", equalTo(id))
                .body("items[0].status", equalTo("DITERUSKAN"));
        as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .body("items.size()", equalTo(5));
        as(Tokens.admin()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void theTaskForcesComplaintSystemPushesAVerifiedComplaintWithItsRecommendation() {
        LocalDate today = ReportFixtures.today();
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> complaint = ReportFixtures.report(nip);
        complaint.remove("anonymous");
        complaint.put("origin", "INTERNAL");
        complaint.put("channel", "SBT");
        complaint.put("source", "SBT-BKN");
        complaint.put("externalId", "SBT-" + run);
        complaint.put("receivedOn", today.minusDays(1).toString());
        complaint.put("steps", List.of(step("RECOMMEND", today, "recommendation", Map.of(
                "letterNumber", "B-" + run + "/BKN/2026", "letterDate", today.toString(),
                "employees", List.of(Map.of("nip", nip, "proven", true, "sanctionCode", "TURUN_JABATAN_12"))))));

        // Steps come only with the register they were taken in.
        Map<String, Object> unsourced = new HashMap<>(complaint);
        unsourced.remove("source");
        unsourced.remove("externalId");
        as(Tokens.verifier()).contentType("application/json").body(unsourced).post("/api/v1/reports").then()
                .statusCode(400).body("errors.field", hasItem("steps")).body("errors.code", hasItem("REQUIRED_TOGETHER"));

        String id = as(Tokens.verifierClient("SBT-BKN")).contentType("application/json")
                .body(Map.of("reports", List.of(complaint))).post("/api/v1/report-batches").then().statusCode(200)
                .body("items[0].outcome", equalTo("CREATED")).body("items[0].status", equalTo("DIREKOMENDASIKAN"))
                .extract().path("items[0].id");
        as(Tokens.ppk(KENDARI)).get("/api/v1/reports/" + id + "/employees/" + nip).then().statusCode(200)
                .body("status", equalTo("MENUNGGU_TINDAK_LANJUT_PPK")).body("recommendedSanction", equalTo("TURUN_JABATAN_12"))
                .body("allowedActions", hasItem("IMPOSE_SANCTION"));
        // Another register's client may not write under SBT's.
        as(Tokens.verifierClient("LAPOR-KSP")).contentType("application/json")
                .body(Map.of("reports", List.of(complaint))).post("/api/v1/report-batches").then().statusCode(200)
                .body("items[0].outcome", equalTo("REJECTED")).body("items[0].code", equalTo("SOURCE_NOT_ALLOWED"));
    }
}
