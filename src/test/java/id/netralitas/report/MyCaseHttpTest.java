package id.netralitas.report;

import static id.netralitas.report.ReportFixtures.etag;
import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.multipart;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.netralitas.testsupport.EvidenceSamples;
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
    void theReportedEmployeeAddsEvidenceToTheAnswerWhichOfficersReadAndTheReporterNever() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> body = ReportFixtures.report(nip);
        JsonPath created = anonymous().contentType("application/json").body(body).post("/api/v1/reports").then()
                .statusCode(201).extract().jsonPath();
        String id = created.getString("report.id");
        String receipt = created.getString("receipt");
        String asn = Tokens.asn(nip);
        byte[] invitation = EvidenceSamples.png(12, 12);

        // Not yet registered: the case is not the employee's to answer.
        multipart(asn).multiPart("kind", "TAUTAN").multiPart("url", "https://www.example.org/undangan")
                .post("/api/v1/me/cases/" + id + "/evidence").then().statusCode(404);
        ReportFixtures.move(Tokens.bawaslu(), id, etag(id), Map.of("action", "REGISTER", "registrationNumber", "12/Reg/" + nip));

        String fileId = multipart(asn).multiPart("kind", "TANGKAPAN_LAYAR").multiPart("file", "undangan-rt.png", invitation, "image/png")
                .multiPart("description", "Undangan rapat RT pada hari yang sama")
                .post("/api/v1/me/cases/" + id + "/evidence").then().statusCode(201)
                .body("addedVia", equalTo("REPORTED")).body("fileName", equalTo("undangan-rt.png"))
                .body("sizeBytes", equalTo(invitation.length)).extract().path("id");
        String linkId = multipart(asn).multiPart("kind", "TAUTAN").multiPart("url", "https://www.example.org/agenda-rt")
                .post("/api/v1/me/cases/" + id + "/evidence").then().statusCode(201).extract().path("id");
        // A bad form changes nothing.
        multipart(asn).multiPart("kind", "SURAT").multiPart("url", "https://www.example.org/x")
                .post("/api/v1/me/cases/" + id + "/evidence").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        multipart(Tokens.asn(ReportFixtures.employee(KENDARI, "74.71"))).multiPart("kind", "TAUTAN")
                .multiPart("url", "https://www.example.org/lain").post("/api/v1/me/cases/" + id + "/evidence").then()
                .statusCode(404);

        as(asn).get("/api/v1/me/cases/" + id).then().statusCode(200).body("evidence.id", contains(fileId, linkId))
                .body("evidence[0].description", equalTo("Undangan rapat RT pada hari yang sama"));
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id + "/evidence").then().statusCode(200)
                .body("findAll { it.addedVia == 'REPORTED' }.id", containsInAnyOrder(fileId, linkId));
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id + "/evidence/" + fileId + "/content").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then().statusCode(200)
                .body("items.findAll { it.type == 'EVIDENCE_ADDED' }.actorRole", contains("reported", "reported"));
        String view = anonymous().get("/api/v1/receipts/" + receipt).then().statusCode(200).extract().asString();
        assertFalse(view.contains(fileId) || view.contains("agenda-rt"), "the reporter sees the employee's evidence");

        ReportFixtures.move(Tokens.bawaslu(), id, etag(id), Map.of("action", "START_STUDY"));
        ReportFixtures.move(Tokens.bawaslu(), id, etag(id), Map.of("action", "STOP", "note", "Dihentikan"));
        multipart(asn).multiPart("kind", "TAUTAN").multiPart("url", "https://www.example.org/terlambat")
                .post("/api/v1/me/cases/" + id + "/evidence").then().statusCode(409).body("code", equalTo("CASE_CLOSED"));
        as(asn).get("/api/v1/me/cases/" + id).then().body("evidence", org.hamcrest.Matchers.hasSize(2));
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

    private static String sanctioned(String nip, String sanction, java.time.LocalDate letter, java.time.LocalDate decree) {
        return ReportFixtures.sanctioned(ReportFixtures.election(), KENDARI, nip, sanction, letter, decree);
    }

    @Test
    void theSanctionedEmployeeObjectsOrAppealsWithinTheTimeLimitAndOnlyOnce() {
        java.time.LocalDate today = ReportFixtures.today();
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String id = sanctioned(nip, "TURUN_JABATAN_12", today, today);
        String asn = Tokens.asn(nip);
        as(asn).get("/api/v1/me/cases/" + id).then().statusCode(200)
                .body("track.status", equalTo("SANKSI_DIJATUHKAN")).body("track.sanctionCode", equalTo("TURUN_JABATAN_12"))
                .body("track.objectionDue", not(nullValue())).body("allowedActions", contains("OBJECT"));
        as(asn).contentType("application/json").body(Map.of("reason", "Keputusan tidak mempertimbangkan klarifikasi saya."))
                .post("/api/v1/me/cases/" + id + "/objections").then().statusCode(200)
                .body("track.status", equalTo("KEBERATAN")).body("track.appealKind", equalTo("KEBERATAN"))
                .body("allowedActions", empty());
        as(asn).contentType("application/json").body(Map.of("reason", "Sekali lagi."))
                .post("/api/v1/me/cases/" + id + "/objections").then().statusCode(409)
                .body("code", equalTo("OBJECTION_NOT_POSSIBLE"));
        as(Tokens.verifier()).get("/api/v1/reports/" + id + "/employees/" + nip).then().statusCode(200)
                .body("status", equalTo("KEBERATAN")).body("allowedActions", containsInAnyOrder("UPHOLD", "AMEND", "ANNUL"));
        as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .body("items.find { it.action == 'FILE_OBJECTION' }.actorRole", equalTo("asn"));

        // A dismissal is contested by administrative appeal.
        String dismissed = ReportFixtures.employee(KENDARI, "74.71");
        String appealed = sanctioned(dismissed, "PDHTAPS", today, today);
        as(Tokens.asn(dismissed)).contentType("application/json").body(Map.of("reason", "Pemberhentian tidak sebanding."))
                .post("/api/v1/me/cases/" + appealed + "/objections").then().statusCode(200)
                .body("track.status", equalTo("BANDING_ADMINISTRATIF"));

        // A decree a month old: the time to contest it has passed.
        String late = ReportFixtures.employee(KENDARI, "74.71");
        String old = sanctioned(late, "TURUN_JABATAN_12", today.minusDays(40), today.minusDays(30));
        as(Tokens.asn(late)).get("/api/v1/me/cases/" + old).then().body("allowedActions", empty());
        as(Tokens.asn(late)).contentType("application/json").body(Map.of("reason", "Terlambat tetapi tetap keberatan."))
                .post("/api/v1/me/cases/" + old + "/objections").then().statusCode(409)
                .body("code", equalTo("OBJECTION_DEADLINE_PASSED"));
        // Another employee cannot contest it.
        as(Tokens.asn(nip)).contentType("application/json").body(Map.of("reason", "Bukan perkara saya."))
                .post("/api/v1/me/cases/" + old + "/objections").then().statusCode(404);
    }
}
