package id.netralitas.report;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reported employee sees the cases naming them once registered, answers them, and never learns who
 * reported them; the reporter never sees the answer.
 */
@QuarkusTest
class MyCaseHttpTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String REPORTER = "Siti Rahmawati Pelapor";

    private static String etag(String id) {
        return as(Tokens.admin()).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void theReportedEmployeeSeesTheRegisteredCaseAnswersItAndNeverTheReporter() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String other = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> body = ReportFixtures.report(nip);
        body.put("anonymous", false);
        body.put("reporter", Map.of("name", REPORTER, "phone", "+6281234567890", "email", "siti.pelapor@example.org"));
        JsonPath created = anonymous().contentType("application/json").body(body).post("/api/v1/reports").then()
                .statusCode(201).extract().jsonPath();
        String id = created.getString("report.id");
        String receipt = created.getString("receipt");
        String asn = Tokens.asn(nip);

        // Received only: not yet the employee's to see.
        as(asn).get("/api/v1/me/cases").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(asn).get("/api/v1/me/cases/" + id).then().statusCode(404).body("code", equalTo("REPORT_NOT_FOUND"));

        ReportFixtures.move(Tokens.bawaslu(), id, etag(id), Map.of("action", "REGISTER", "registrationNumber", "9/Reg/" + nip));
        String list = as(asn).get("/api/v1/me/cases").then().statusCode(200)
                .body("items.id", hasItem(id)).extract().asString();
        String one = as(asn).get("/api/v1/me/cases/" + id).then().statusCode(200)
                .body("status", equalTo("DIREGISTRASI"))
                .body("violationTypes.code", contains("D-06"))
                .body("description", equalTo(body.get("description")))
                .body("allowedActions", contains("RESPOND")).body("responses", empty())
                .extract().asString();
        for (String answer : List.of(list, one)) {
            assertFalse(answer.contains(REPORTER) || answer.contains("6281234567890") || answer.contains("siti.pelapor"),
                    "the reporter leaked to the reported employee: " + answer);
        }
        // Another employee, and the officers' own routes, are not the asn's.
        as(Tokens.asn(other)).get("/api/v1/me/cases/" + id).then().statusCode(404);
        as(Tokens.asn(other)).get("/api/v1/me/cases").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(asn).get("/api/v1/reports/" + id).then().statusCode(403);
        as(Tokens.verifier()).get("/api/v1/me/cases").then().statusCode(403);

        String text = "Saya hadir sebagai warga undangan, bukan sebagai peserta kampanye.";
        as(asn).contentType("application/json").body(Map.of("text", text)).post("/api/v1/me/cases/" + id + "/responses")
                .then().statusCode(201).body("responses.text", contains(text));
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id + "/messages").then().statusCode(200)
                .body("find { it.kind == 'FROM_REPORTED' }.body", equalTo(text));
        anonymous().get("/api/v1/receipts/" + receipt).then().statusCode(200)
                .body("messages.body", not(hasItem(text)));
        as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then().statusCode(200)
                .body("items[-1].type", equalTo("MESSAGE_ADDED")).body("items[-1].actorRole", equalTo("reported"));
        // Officers write only their own kinds of message.
        as(Tokens.bawaslu()).contentType("application/json").body(Map.of("kind", "FROM_REPORTED", "body", "Palsu"))
                .post("/api/v1/reports/" + id + "/messages").then().statusCode(400);
    }

    @Test
    void aConfidentialReportKeepsItsDescriptionAndAClosedCaseTakesNoMoreAnswers() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> body = ReportFixtures.bawasluReport(nip, "TEMUAN/RAHASIA/" + nip);
        body.put("confidential", true);
        String id = as(Tokens.bawaslu()).contentType("application/json").body(body).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        String asn = Tokens.asn(nip);
        as(asn).get("/api/v1/me/cases/" + id).then().statusCode(200).body("description", nullValue())
                .body("status", equalTo("DIREGISTRASI"));
        ReportFixtures.move(Tokens.bawaslu(), id, etag(id), Map.of("action", "START_STUDY"));
        ReportFixtures.move(Tokens.bawaslu(), id, etag(id), Map.of("action", "DECLARE_NO_VIOLATION", "note", "Tidak terbukti"));
        as(asn).get("/api/v1/me/cases/" + id).then().statusCode(200).body("status", equalTo("BUKAN_PELANGGARAN"))
                .body("allowedActions", empty());
        as(asn).contentType("application/json").body(Map.of("text", "Terima kasih.")).post("/api/v1/me/cases/" + id
                + "/responses").then().statusCode(409).body("code", equalTo("CASE_CLOSED"));
    }
}
