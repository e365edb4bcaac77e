package id.netralitas.report;

import static id.netralitas.report.ReportFixtures.etag;
import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Steps recorded after the fact: {@code occurredOn} dates the step, the deadline it starts counts from
 * that day, the history says so; a day in the future or before the previous step is refused and
 * changes nothing.
 */
@QuarkusTest
class BackfilledStepsHttpTest {

    private static final String KENDARI = "KOTA-74.71";

    @Test
    void aCasePushedLaterKeepsTheDaysItsStepsHappened() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        LocalDate today = ReportFixtures.today();
        // Bawaslu's register received the finding ten days ago; its study and forward followed.
        Map<String, Object> finding = ReportFixtures.bawasluReport(nip, "TEMUAN/LAMPAU/" + nip);
        finding.put("incidentDate", today.minusDays(12).toString());
        finding.put("knownDate", today.minusDays(11).toString());
        finding.put("receivedOn", today.minusDays(10).toString());
        String id = as(Tokens.bawaslu()).contentType("application/json").body(finding).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().body("deadline.kind", equalTo("BAWASLU_DECISION"))
                .body("deadline.dueDate", equalTo(today.minusDays(3).toString())).body("deadline.overdue", equalTo(true));

        // Not before the previous step, not in the future: refused, nothing changes.
        move(id, Map.of("action", "START_STUDY", "occurredOn", today.minusDays(11).toString())).statusCode(400)
                .body("errors[0].field", equalTo("occurredOn")).body("errors[0].code", equalTo("DATE_ORDER"));
        move(id, Map.of("action", "START_STUDY", "occurredOn", today.plusDays(2).toString())).statusCode(400)
                .body("errors[0].code", equalTo("DATE_IN_FUTURE"));
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().body("status", equalTo("DIREGISTRASI"));

        move(id, Map.of("action", "START_STUDY", "occurredOn", today.minusDays(8).toString())).statusCode(200)
                .body("status", equalTo("KAJIAN"));
        move(id, Map.of("action", "FORWARD", "forwardLetterNumber", "0456/PP.00.01/2026",
                "occurredOn", today.minusDays(5).toString())).statusCode(200)
                .body("deadline.kind", equalTo("AUTHORITY_VERIFICATION"))
                .body("deadline.dueDate", equalTo(today.plusDays(9).toString()));
        as(Tokens.verifier()).header("If-Match", etag(id)).contentType("application/json")
                .body(Map.of("action", "START_VERIFICATION", "occurredOn", today.minusDays(6).toString()))
                .post("/api/v1/reports/" + id + "/transitions").then().statusCode(400)
                .body("errors[0].code", equalTo("DATE_ORDER"));
        List<String> details = as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .statusCode(200).extract().path("items.details");
        assertEquals(List.of("receivedOn: " + today.minusDays(10), "occurredOn: " + today.minusDays(8),
                "occurredOn: " + today.minusDays(5)), details.stream().map(d -> d.lines()
                .filter(l -> l.startsWith("receivedOn") || l.startsWith("occurredOn")).findFirst().orElse("")).toList());
    }

    @Test
    void onlyARegisterDatesItsIntakeAndNeverInTheFuture() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> report = ReportFixtures.report(nip);
        report.put("receivedOn", ReportFixtures.today().minusDays(1).toString());
        as(Tokens.verifier()).contentType("application/json").body(report).post("/api/v1/reports").then()
                .statusCode(400).body("errors[0].field", equalTo("receivedOn"))
                .body("errors[0].code", equalTo("REQUIRED_TOGETHER"));
        Map<String, Object> finding = ReportFixtures.bawasluReport(nip, "TEMUAN/NANTI/" + nip);
        finding.put("receivedOn", ReportFixtures.today().plusDays(3).toString());
        as(Tokens.bawaslu()).contentType("application/json").body(finding).post("/api/v1/reports").then()
                .statusCode(400).body("errors[0].code", equalTo("DATE_IN_FUTURE"));
    }

    private static io.restassured.response.ValidatableResponse move(String id, Map<String, Object> body) {
        return as(Tokens.bawaslu()).header("If-Match", etag(id)).contentType("application/json").body(body)
                .post("/api/v1/reports/" + id + "/transitions").then();
    }
}
