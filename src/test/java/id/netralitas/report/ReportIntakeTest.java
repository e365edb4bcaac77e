package id.netralitas.report;

import id.netralitas.common.security.Hashes;
import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportIntakeTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAnonymousReportGetsAReceiptOnceAndOnlyItsHashIsStored() throws Exception {
        JsonPath answer = anonymous().contentType("application/json").body(ReportFixtures.report(null))
                .post("/api/v1/reports").then().statusCode(201)
                .body("receipt", matchesPattern("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$"))
                .body("report.caseNumber", matchesPattern("^NET-[0-9]{4}-[0-9]{6}$"))
                .body("report.origin", equalTo("LAPORAN"))
                .body("report.channel", equalTo("PORTAL"))
                .body("report.status", equalTo("DITERIMA"))
                .body("report.anonymous", equalTo(true))
                .body("report.lateReport", equalTo(false))
                .body("report.handlingAuthority", equalTo("BKN"))
                .body("report.intakeAuthority", equalTo("BAWASLU"))
                .body("report.reportedEmployees[0].name", equalTo("La Ode Rahman"))
                .extract().jsonPath();
        String receipt = answer.getString("receipt");
        String caseNumber = answer.getString("report.caseNumber");

        anonymous().get("/api/v1/receipts/" + receipt).then().statusCode(200)
                .body("caseNumber", equalTo(caseNumber))
                .body("publicStatus", equalTo("RECEIVED"))
                .body("statusLabel", equalTo("Received"))
                .body("messages", hasSize(0));
        String typed = receipt.replace("-", "").toLowerCase(Locale.ROOT);
        anonymous().header("Accept-Language", "id").get("/api/v1/receipts/" + typed).then().statusCode(200)
                .body("caseNumber", equalTo(caseNumber)).body("statusLabel", equalTo("Diterima"));

        // The row holds the SHA-256 of the receipt and the receipt itself in no column.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM report WHERE case_number = ?")) {
            select.setString(1, caseNumber);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                String canonical = receipt.replace("-", "");
                assertEquals(Hashes.sha256(canonical), rs.getString("receipt_sha256"));
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String value = rs.getString(i);
                    if (value != null) {
                        assertFalse(value.contains(receipt) || value.contains(canonical), meta.getColumnName(i));
                    }
                }
            }
        }

        String wrong = receipt.substring(0, receipt.length() - 1) + (receipt.endsWith("0") ? "1" : "0");
        anonymous().get("/api/v1/receipts/" + wrong).then().statusCode(404).body("code", equalTo("RECEIPT_NOT_FOUND"));
        invalidRequest().get("/api/v1/receipts/not-a-receipt").then().statusCode(404);
    }

    @Test
    void officersWriteToTheReporterAndInternalNotesStayInternal() {
        JsonPath answer = anonymous().contentType("application/json").body(ReportFixtures.report(null))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        String receipt = answer.getString("receipt");
        String id = answer.getString("report.id");
        as(Tokens.bawaslu()).contentType("application/json")
                .body(Map.of("kind", "TO_REPORTER", "body", "Mohon kirimkan tangkapan layar unggahan tersebut."))
                .post("/api/v1/reports/" + id + "/messages").then().statusCode(201).body("author", equalTo("bawaslu@test"));
        as(Tokens.bawaslu()).contentType("application/json")
                .body(Map.of("kind", "INTERNAL_NOTE", "body", "Pelapor tampaknya pegawai di instansi yang sama."))
                .post("/api/v1/reports/" + id + "/messages").then().statusCode(201);
        anonymous().contentType("application/json").body(Map.of("body", "Tangkapan layar menyusul hari ini."))
                .post("/api/v1/receipts/" + receipt + "/messages").then().statusCode(201)
                .body("kind", equalTo("FROM_REPORTER")).body("$", not(org.hamcrest.Matchers.hasKey("author")));

        anonymous().get("/api/v1/receipts/" + receipt).then().statusCode(200)
                .body("messages.kind", contains("TO_REPORTER", "FROM_REPORTER"))
                .body("messages.body", not(hasItem("Pelapor tampaknya pegawai di instansi yang sama.")))
                .body("messages[0].author", nullValue());
        as(Tokens.verifier()).get("/api/v1/reports/" + id + "/messages").then().statusCode(200)
                .body("kind", contains("TO_REPORTER", "INTERNAL_NOTE", "FROM_REPORTER"));
    }

    @Test
    void theReporterIsRequiredUnlessAnonymousAndNeverBoth() {
        Map<String, Object> noReporter = ReportFixtures.report(null);
        noReporter.put("anonymous", false);
        anonymous().contentType("application/json").body(noReporter).post("/api/v1/reports").then().statusCode(400)
                .body("errors.field", contains("reporter")).body("errors[0].code", equalTo("REPORTER_REQUIRED"));
        Map<String, Object> both = ReportFixtures.report(null);
        both.put("reporter", Map.of("name", "Siti Aminah", "phone", "+62 812 3456 7890"));
        anonymous().contentType("application/json").body(both).post("/api/v1/reports").then().statusCode(400)
                .body("errors[0].code", equalTo("REPORTER_WITH_ANONYMOUS"));
        Map<String, Object> identified = ReportFixtures.report(null);
        identified.put("anonymous", false);
        identified.put("confidential", true);
        identified.put("reporter", Map.of("name", "Siti Aminah", "nik", "7413016203900001", "phone", "+62 812 3456 7890"));
        String id = anonymous().contentType("application/json").body(identified).post("/api/v1/reports").then()
                .statusCode(201).body("report.reporter.name", equalTo("Siti Aminah")).extract().path("report.id");
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("reporter.nik", equalTo("7413016203900001")).body("confidential", equalTo(true));
    }

    @Test
    void badReportsAreRefusedWithFieldErrorsAndNothingIsStored() {
        String nip = ReportFixtures.employee("KOTA-74.71", "74.71");
        Map<String, Object> future = ReportFixtures.report(nip);
        future.put("incidentDate", ReportFixtures.today().plusDays(3).toString());
        future.put("knownDate", ReportFixtures.today().plusDays(3).toString());
        anonymous().contentType("application/json").body(future).post("/api/v1/reports").then().statusCode(400)
                .body("errors.code", hasItem("DATE_IN_FUTURE"));

        Map<String, Object> outside = ReportFixtures.report(nip);
        outside.put("electionCode", "PILKADA-2024");
        outside.put("incidentDate", "2021-01-04");
        outside.put("knownDate", "2021-01-04");
        anonymous().contentType("application/json").body(outside).post("/api/v1/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("incidentDate"))
                .body("errors[0].code", equalTo("INCIDENT_OUTSIDE_ELECTION_WINDOW"));

        String code = "D-" + (90 + (int) (System.nanoTime() % 9));
        as(Tokens.admin()).contentType("application/json").body(Map.of("code", code, "category", "DISIPLIN",
                        "descriptionId", "Jenis pelanggaran uji yang berlaku mulai besok",
                        "descriptionEn", "A test violation type valid from tomorrow", "candidatePhases", List.of("CALON"),
                        "allowedSanctionLevels", List.of("BERAT"), "sourceRegulationCode", "SKB-2022",
                        "validFrom", ReportFixtures.today().plusDays(1).toString()))
                .post("/api/v1/violation-types").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        anonymous().contentType("application/json").body(ReportFixtures.report(nip, code)).post("/api/v1/reports")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("violationTypeCodes[0]"))
                .body("errors[0].code", equalTo("VIOLATION_TYPE_NOT_VALID_ON"));
        anonymous().contentType("application/json").body(ReportFixtures.report(nip, "X-99")).post("/api/v1/reports")
                .then().statusCode(422).body("errors[0].code", equalTo("VIOLATION_TYPE_UNKNOWN"));

        Map<String, Object> unknownNip = ReportFixtures.report("199001012015031999");
        anonymous().contentType("application/json").body(unknownNip).post("/api/v1/reports").then().statusCode(422)
                .body("errors[0].field", equalTo("reportedEmployees[0].nip"))
                .body("errors[0].code", equalTo("EMPLOYEE_UNKNOWN"));
        Map<String, Object> nobody = ReportFixtures.report(null);
        nobody.put("reportedEmployees", List.of(Map.of("jabatan", "Guru")));
        anonymous().contentType("application/json").body(nobody).post("/api/v1/reports").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("reportedEmployees[0].agencyText",
                        "reportedEmployees[0].name"));
        Map<String, Object> shortText = ReportFixtures.report(null);
        shortText.put("description", "terlalu pendek");
        invalidRequest().contentType("application/json").body(shortText).post("/api/v1/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("description")).body("errors[0].code", equalTo("SIZE"));

        as(Tokens.verifier()).get("/api/v1/reports?nip=" + nip).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void whoMaySendWhichOrigin() {
        Map<String, Object> finding = ReportFixtures.report(null);
        finding.put("origin", "TEMUAN");
        anonymous().contentType("application/json").body(finding).post("/api/v1/reports").then().statusCode(403)
                .body("code", equalTo("REPORT_ORIGIN_NOT_ALLOWED"));
        Map<String, Object> internal = ReportFixtures.report(null);
        internal.put("origin", "INTERNAL");
        internal.remove("anonymous");
        as(Tokens.bawaslu()).contentType("application/json").body(internal).post("/api/v1/reports").then().statusCode(403);
        String theirs = ReportFixtures.employee("KAB-16.04", "16.04");
        String mine = ReportFixtures.employee("KOTA-74.71", "74.71");
        Map<String, Object> aboutOther = ReportFixtures.report(theirs);
        aboutOther.remove("anonymous");
        as(Tokens.ppk("KOTA-74.71")).contentType("application/json").body(aboutOther).post("/api/v1/reports").then()
                .statusCode(403).body("code", equalTo("AGENCY_OUT_OF_SCOPE"));
        Map<String, Object> aboutOwn = ReportFixtures.report(mine);
        aboutOwn.remove("anonymous");
        as(Tokens.ppk("KOTA-74.71")).contentType("application/json").body(aboutOwn).post("/api/v1/reports").then()
                .statusCode(201).body("report.origin", equalTo("INTERNAL")).body("report.channel", equalTo("INSTANSI"))
                .body("receipt", nullValue());
        Map<String, Object> noReference = ReportFixtures.bawasluReport(null, null);
        noReference.remove("externalId");
        noReference.remove("source");
        as(Tokens.bawaslu()).contentType("application/json").body(noReference).post("/api/v1/reports").then()
                .statusCode(400).body("errors[0].field", equalTo("externalId"));
    }

    @Test
    void theSameBawasluReferenceTwiceIsOneReport() {
        String reference = "BWS/" + System.nanoTime();
        Map<String, Object> finding = ReportFixtures.bawasluReport(null, reference);
        String first = as(Tokens.bawaslu()).contentType("application/json").body(finding).post("/api/v1/reports")
                .then().statusCode(201).body("report.status", equalTo("DIREGISTRASI"))
                .body("report.externalId", equalTo(reference)).body("receipt", nullValue())
                .extract().path("report.id");
        String second = as(Tokens.bawaslu()).contentType("application/json").body(finding).post("/api/v1/reports")
                .then().statusCode(200).extract().path("report.id");
        assertEquals(first, second);
        as(Tokens.verifier()).get("/api/v1/reports?origin=TEMUAN&size=100").then().statusCode(200)
                .body("items.findAll { it.externalId == '" + reference + "' }", hasSize(1));
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstReportWithoutANewReceipt() {
        Map<String, Object> body = ReportFixtures.report(null);
        String key = "lapor-" + System.nanoTime();
        JsonPath first = anonymous().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        anonymous().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/reports").then().statusCode(200)
                .body("report.caseNumber", equalTo(first.getString("report.caseNumber")))
                .body("receipt", nullValue());
        Map<String, Object> other = ReportFixtures.report(null);
        other.put("description", "Laporan lain dengan kunci yang sama tidak boleh diterima begitu saja.");
        anonymous().header("Idempotency-Key", key).contentType("application/json").body(other)
                .post("/api/v1/reports").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aLateReportIsAcceptedAndFlaggedWithItsDeadline() {
        Map<String, Object> late = ReportFixtures.report(null);
        late.put("electionCode", "PEMILU-2024");
        late.put("incidentDate", "2023-12-20");
        late.put("knownDate", "2023-12-21");
        anonymous().contentType("application/json").body(late).post("/api/v1/reports").then().statusCode(201)
                .body("report.lateReport", equalTo(true))
                .body("report.reportingDeadline", equalTo("2024-01-04"))
                .body("report.candidatePhase", equalTo("CALON"));
        JsonPath timely = anonymous().contentType("application/json").body(ReportFixtures.report(null))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        assertEquals(false, timely.getBoolean("report.lateReport"));
        assertNotEquals(null, timely.getString("report.reportingDeadline"));
    }
}
