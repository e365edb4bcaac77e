package id.netralitas.report;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.security.Roles;
import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reporter-protection findings, one test each: external-reference replays and register binding,
 * the submitter in the history, confidential reports, other agencies' tracks, the public submit answer,
 * the anonymous idempotency namespace, closing a follow-up for an employee who has not left, identity
 * custody and contact retention.
 */
@QuarkusTest
class ReporterProtectionTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String LAHAT = "KAB-16.04";

    @Inject
    ReportRepository reports;

    @Inject
    ReporterRetention retention;

    /** An identified LAPORAN registered by Bawaslu under BAWASLU-SULTRA, incident in 74.13. */
    private static Map<String, Object> identified(String nip, String externalId, String reporterName, boolean confidential) {
        Map<String, Object> body = ReportFixtures.bawasluReport(nip, externalId);
        body.put("origin", "LAPORAN");
        body.put("confidential", confidential);
        body.put("reporter", Map.of("name", reporterName, "phone", "+6281234567890", "email", "pelapor@example.org"));
        return body;
    }

    private static String externalId() {
        return "REG-" + UUID.randomUUID().toString().substring(0, 12);
    }

    @Test
    void anExternalReferenceBelongsToTheClientsWhoseTokenListsItsRegister() {
        String nip = ReportFixtures.employee(LAHAT, "16.04");
        String ref = externalId();
        String id = as(Tokens.bawaslu()).contentType("application/json").body(identified(nip, ref, "Pelapor Rahasia Satu", true))
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.id");

        // A ppk of another agency replaying Bawaslu's reference: refused before anything is looked up.
        Map<String, Object> replay = identified(nip, ref, "Siapa Saja", true);
        replay.put("origin", "INTERNAL");
        replay.put("channel", "INSTANSI");
        replay.remove("reporter");
        String answer = as(Tokens.ppk(KENDARI)).contentType("application/json").body(replay).post("/api/v1/reports")
                .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED")).extract().asString();
        assertFalse(answer.contains("Pelapor Rahasia Satu"), answer);
        assertFalse(answer.contains(id), answer);
        // A verifier, and a Bawaslu client of another register, neither.
        Map<String, Object> verifierReplay = new HashMap<>(replay);
        verifierReplay.put("channel", "SBT");
        as(Tokens.verifier()).contentType("application/json").body(verifierReplay).post("/api/v1/reports")
                .then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));
        as(Tokens.bawasluClient("BAWASLU-DKI")).contentType("application/json").body(identified(nip, ref, "X Y", true))
                .post("/api/v1/reports").then().statusCode(403).body("code", equalTo("SOURCE_NOT_ALLOWED"));

        // Nobody else can take the register's next number first: Bawaslu's own submission of it is new.
        String next = externalId();
        Map<String, Object> preempt = new HashMap<>(replay);
        preempt.put("externalId", next);
        as(Tokens.ppk(LAHAT)).contentType("application/json").body(preempt).post("/api/v1/reports")
                .then().statusCode(403);
        as(Tokens.bawaslu()).contentType("application/json").body(identified(nip, next, "Pelapor Dua", false))
                .post("/api/v1/reports").then().statusCode(201);

        // The owning client's replay answers 200 with the report as it may read it.
        as(Tokens.bawaslu()).contentType("application/json").body(identified(nip, ref, "Pelapor Rahasia Satu", true))
                .post("/api/v1/reports").then().statusCode(200).body("report.id", equalTo(id))
                .body("report.reporter.name", equalTo("Pelapor Rahasia Satu"));
    }

    @Test
    void aReplayOutsideTheCallersScopeShowsNothingOfTheReport() {
        String nip = ReportFixtures.employee(LAHAT, "16.04");
        String ref = externalId();
        String region74 = sign(Jwt.upn("bawaslu-74-client@test").groups(Set.of(Roles.BAWASLU))
                .claim(Roles.CLAIM_REGION, "74").claim(Roles.CLAIM_SOURCES, List.of("BAWASLU-SULTRA")));
        String region16 = sign(Jwt.upn("bawaslu-16-client@test").groups(Set.of(Roles.BAWASLU))
                .claim(Roles.CLAIM_REGION, "16").claim(Roles.CLAIM_SOURCES, List.of("BAWASLU-SULTRA")));
        Map<String, Object> body = identified(nip, ref, "Pelapor Lintas Wilayah", false);
        body.put("incidentRegionCode", "74.13");
        // The employee's agency lies in 16: in scope for Bawaslu 16 too. Bawaslu 11 would see nothing.
        as(region74).contentType("application/json").body(body).post("/api/v1/reports").then().statusCode(201);
        as(region16).contentType("application/json").body(body).post("/api/v1/reports").then().statusCode(200)
                .body("report.reporter.name", equalTo("Pelapor Lintas Wilayah"));
        String region11 = sign(Jwt.upn("bawaslu-11-client@test").groups(Set.of(Roles.BAWASLU))
                .claim(Roles.CLAIM_REGION, "11").claim(Roles.CLAIM_SOURCES, List.of("BAWASLU-SULTRA")));
        String answer = as(region11).contentType("application/json").body(body).post("/api/v1/reports").then()
                .statusCode(409).body("code", equalTo("EXTERNAL_REFERENCE_CONFLICT")).extract().asString();
        assertFalse(answer.contains("Pelapor Lintas Wilayah"), answer);
    }

    @Test
    void aPublicSubmissionIsRecordedAsTheReporterNeverByItsAccountAndPpksReadNoHistory() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String account = "asn-" + UUID.randomUUID().toString().substring(0, 8);
        String asnToken = sign(Jwt.upn(account + "@test").subject(account).groups(Set.of(Roles.ASN))
                .claim(Roles.CLAIM_NIP, TestData.pnsNip()));
        String id = as(asnToken).contentType("application/json").body(ReportFixtures.report(nip, "D-06"))
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.id");
        String history = as(Tokens.bawaslu()).get("/api/v1/reports/" + id + "/history").then().statusCode(200)
                .body("items[0].type", equalTo("RECEIVED")).body("items[0].actor", equalTo("reporter"))
                .extract().asString();
        assertFalse(history.contains(account), history);
        as(Tokens.ppk(KENDARI)).get("/api/v1/reports/" + id + "/history").then().statusCode(403);
        as(Tokens.monitor()).get("/api/v1/reports/" + id + "/history").then().statusCode(403);
    }

    @Test
    void anOfficersFilingIsShownInTheHistoryOnlyToThoseWhoSeeTheReporter() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String id = as(Tokens.bawaslu()).contentType("application/json")
                .body(identified(nip, externalId(), "Pelapor Tiga", false)).post("/api/v1/reports").then().statusCode(201)
                .extract().path("report.id");
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id + "/history").then().statusCode(200)
                .body("items[0].actor", equalTo("bawaslu@test"));
        as(Tokens.admin()).get("/api/v1/reports/" + id + "/history").then().statusCode(200)
                .body("items[0].type", equalTo("RECEIVED")).body("items[0].actor", nullValue());
    }

    @Test
    void aConfidentialReportShowsItsReporterOnlyToBawasluOfTheIncidentRegion() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String confidential = as(Tokens.bawaslu()).contentType("application/json")
                .body(identified(nip, externalId(), "Pelapor Rahasia Empat", true)).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        String open = as(Tokens.bawaslu()).contentType("application/json")
                .body(identified(nip, externalId(), "Pelapor Terbuka Lima", false)).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        String path = "/api/v1/reports/";
        as(Tokens.bawaslu()).get(path + confidential).then().statusCode(200)
                .body("reporter.name", equalTo("Pelapor Rahasia Empat"));
        as(Tokens.bawaslu("74")).get(path + confidential).then().statusCode(200)
                .body("reporter.name", equalTo("Pelapor Rahasia Empat"));
        as(Tokens.bawaslu("74.13")).get(path + confidential).then().statusCode(200)
                .body("reporter.name", equalTo("Pelapor Rahasia Empat"));
        // Kendari (74.71) covers the employee's agency, not the incident region 74.13.
        as(Tokens.bawaslu("74.71")).get(path + confidential).then().statusCode(200).body("reporter", nullValue());
        as(Tokens.bawaslu("16")).get(path + confidential).then().statusCode(404);
        as(Tokens.verifier()).get(path + confidential).then().statusCode(200).body("reporter", nullValue());
        as(Tokens.admin()).get(path + confidential).then().statusCode(200).body("reporter", nullValue());
        as(Tokens.monitor()).get(path + confidential).then().statusCode(200).body("reporter", nullValue());
        as(Tokens.verifier()).get(path + open).then().statusCode(200).body("reporter.name", equalTo("Pelapor Terbuka Lima"));
        as(Tokens.verifier("74.71")).get(path + open).then().statusCode(200)
                .body("reporter.name", equalTo("Pelapor Terbuka Lima"));
        as(Tokens.admin()).get(path + open).then().statusCode(200).body("reporter", nullValue());
        // The CSV export follows the same rule, row by row.
        String csv = as(Tokens.verifier()).accept("text/csv").get(path + "?nip=" + nip).then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("Pelapor Terbuka Lima"), csv);
        assertFalse(csv.contains("Pelapor Rahasia Empat"), csv);
    }

    @Test
    void aPpkFollowsOnlyItsOwnAgencysTrackOfASharedCase() {
        String nipKendari = ReportFixtures.employee(KENDARI, "74.71");
        String nipLahat = ReportFixtures.employee(LAHAT, "16.04");
        String id = recommendedCaseAbout(nipKendari, nipLahat);
        as(Tokens.ppk(KENDARI)).get("/api/v1/reports/" + id).then().statusCode(200).body("tracks.nip", contains(nipKendari));
        as(Tokens.ppk(KENDARI)).get("/api/v1/reports/" + id + "/employees/" + nipLahat).then().statusCode(404);
        as(Tokens.ppk(LAHAT)).get("/api/v1/reports/" + id + "/employees/" + nipLahat).then().statusCode(200);
        // One move on each track: Kendari decides, the verifier warns Lahat (overdue since May 2024).
        String kendariTrack = "/api/v1/reports/" + id + "/employees/" + nipKendari;
        as(Tokens.ppk(KENDARI)).header("If-Match", as(Tokens.ppk(KENDARI)).get(kendariTrack).then().extract().header("ETag"))
                .contentType("application/json").body(Map.of("action", "IMPOSE_SANCTION", "decree", Map.of(
                        "number", "800/77/BKPSDM/2024", "date", "2024-06-10", "sanctionCode", "TURUN_JABATAN_12",
                        "durationMonths", 12, "effectiveDate", "2024-07-01")))
                .post(kendariTrack + "/transitions").then().statusCode(200);
        String lahatTrack = "/api/v1/reports/" + id + "/employees/" + nipLahat;
        as(Tokens.verifier()).header("If-Match", as(Tokens.verifier()).get(lahatTrack).then().extract().header("ETag"))
                .contentType("application/json").body(Map.of("action", "PERINGATAN", "documentNumber", "BKN/P/77/2024"))
                .post(lahatTrack + "/transitions").then().statusCode(200);
        // The feed: Kendari reads the case's events and its own track's, never Lahat's track.
        List<Map<String, Object>> kendari = feed(Tokens.ppk(KENDARI));
        assertTrue(kendari.stream().anyMatch(e -> nipKendari.equals(payload(e).get("nip"))), "own track event missing");
        assertFalse(kendari.stream().anyMatch(e -> nipLahat.equals(payload(e).get("nip"))), "another agency's track event");
        assertTrue(feed(Tokens.ppk(LAHAT)).stream().anyMatch(e -> nipLahat.equals(payload(e).get("nip"))));
    }

    @Test
    void thePublicSubmitAnswerTellsNothingTheSubmitterDidNotSend() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        anonymous().contentType("application/json").body(ReportFixtures.report(nip, "D-06")).post("/api/v1/reports")
                .then().statusCode(201);
        JsonPath second = anonymous().contentType("application/json").body(ReportFixtures.report(nip, "D-06"))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        String id = second.getString("report.id");
        assertEquals(List.of(), second.getList("report.possibleDuplicates"));
        assertNull(second.get("report.reportedEmployees[0].name"));
        assertNull(second.get("report.reportedEmployees[0].agencyCode"));
        assertNull(second.get("report.reportedEmployees[0].agencyName"));
        assertEquals(nip, second.getString("report.reportedEmployees[0].nip"));
        // The officers do see the likely duplicate and the register's data.
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("possibleDuplicates", not(empty())).body("reportedEmployees[0].agencyCode", equalTo(KENDARI));
    }

    @Test
    void anAnonymousReplayReturnsNeitherTheReporterNorTheReceipt() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> body = ReportFixtures.report(nip, "D-06");
        body.put("anonymous", false);
        body.put("reporter", Map.of("name", "Pelapor Idempoten", "phone", "081298765432"));
        String key = "k-" + UUID.randomUUID();
        anonymous().header("Idempotency-Key", key).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(201).body("receipt", notNullValue()).body("report.reporter.name", equalTo("Pelapor Idempoten"));
        anonymous().header("Idempotency-Key", key).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(200).body("receipt", nullValue()).body("report.reporter", nullValue());
        // An account's keys are its own: the same key from an asn token is a new submission.
        String asn = Tokens.asn(TestData.pnsNip());
        as(asn).header("Idempotency-Key", key).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(201);
    }

    @Test
    void anonymousCallersAtAnotherAddressDoNotShareIdempotencyKeys() throws Exception {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> body = ReportFixtures.report(nip, "D-06");
        String key = "shared-" + UUID.randomUUID();
        String first = anonymous().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.id");
        // The same key and body from 127.0.0.2 (another client, no proxy in between) is a submission of its own.
        byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body);
        id.netralitas.testsupport.RawHttp.Response other = id.netralitas.testsupport.RawHttp.send(
                java.net.InetAddress.getByName("127.0.0.2"), "POST", "/api/v1/reports",
                List.of("Content-Type: application/json", "Idempotency-Key: " + key, "Content-Length: " + json.length),
                json, 20_000);
        assertEquals(201, other.status(), other::toString);
        assertFalse(other.body().contains(first), other.body());
    }

    @Test
    void aFollowUpClosesForAnEmployeeWhoLeftOnlyOnceTheRegisterSaysSo() {
        String nipKendari = ReportFixtures.employee(KENDARI, "74.71");
        String nipLahat = ReportFixtures.employee(LAHAT, "16.04");
        String id = recommendedCaseAbout(nipKendari, nipLahat);
        String track = "/api/v1/reports/" + id + "/employees/" + nipKendari;
        String version = as(Tokens.ppk(KENDARI)).get(track).then().statusCode(200).extract().header("ETag");
        as(Tokens.ppk(KENDARI)).header("If-Match", version).contentType("application/json")
                .body(Map.of("action", "EMPLOYEE_LEFT", "note", "Sudah pensiun")).post(track + "/transitions")
                .then().statusCode(409).body("code", equalTo("EMPLOYEE_STILL_ACTIVE"));
        // The register records the retirement; now the follow-up may close.
        String employeeTag = as(Tokens.admin()).get("/api/v1/employees/" + nipKendari).then().statusCode(200)
                .extract().header("ETag");
        Map<String, Object> retired = TestData.employee(nipKendari, KENDARI, "74.71");
        retired.put("status", "PENSIUN");
        retired.put("statusNote", "Pensiun per 1 Mei 2024");
        as(Tokens.admin()).header("If-Match", employeeTag).contentType("application/json").body(retired)
                .put("/api/v1/employees/" + nipKendari).then().statusCode(200);
        as(Tokens.ppk(KENDARI)).header("If-Match", version).contentType("application/json")
                .body(Map.of("action", "EMPLOYEE_LEFT", "note", "Sudah pensiun")).post(track + "/transitions")
                .then().statusCode(200).body("status", equalTo("TERLAPOR_SUDAH_BERHENTI"));
    }

    @Test
    void anIdentityIsDisclosedOnlyUnderAnApprovedRequestAndEveryDisclosureIsLogged() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String id = as(Tokens.bawaslu()).contentType("application/json")
                .body(identified(nip, externalId(), "Pelapor Kustodian", false)).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        String requests = "/api/v1/reports/" + id + "/identity-access-requests";
        String reason = "Klarifikasi pelapor diperlukan untuk pemeriksaan lanjutan.";

        invalidRequest(Tokens.admin()).contentType("application/json")
                .body(Map.of("reason", "singkat")).post(requests).then().statusCode(400);
        as(Tokens.ppk(KENDARI)).contentType("application/json").body(Map.of("reason", reason)).post(requests)
                .then().statusCode(403);
        as(Tokens.bawaslu()).contentType("application/json").body(Map.of("reason", reason)).post(requests)
                .then().statusCode(409).body("code", equalTo("IDENTITY_ALREADY_VISIBLE"));
        String requestId = as(Tokens.admin()).contentType("application/json").body(Map.of("reason", reason)).post(requests)
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        as(Tokens.admin()).contentType("application/json").body(Map.of("reason", reason)).post(requests)
                .then().statusCode(409).body("code", equalTo("IDENTITY_REQUEST_PENDING"));
        String identity = requests + "/" + requestId + "/identity";
        as(Tokens.admin()).get(identity).then().statusCode(409).body("code", equalTo("IDENTITY_REQUEST_NOT_APPROVED"));

        as(Tokens.custodian()).get("/api/v1/identity-access-requests?status=PENDING&size=100").then().statusCode(200)
                .body("items.id", hasItem(requestId));
        as(Tokens.custodian()).get(requests).then().statusCode(200).body("id", hasItem(requestId));
        as(Tokens.verifier()).get(requests).then().statusCode(200).body("id", not(hasItem(requestId)));
        as(Tokens.custodian()).get("/api/v1/reports/" + id).then().statusCode(403);
        as(Tokens.custodian()).contentType("application/json").body(Map.of("approve", true, "note", "Disetujui Ketua"))
                .post(requests + "/" + requestId + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("validUntil", notNullValue());
        as(Tokens.custodian()).contentType("application/json").body(Map.of("approve", false))
                .post(requests + "/" + requestId + "/decision").then().statusCode(409)
                .body("code", equalTo("IDENTITY_REQUEST_DECIDED"));

        // Only the requester reads it, and the log names every disclosure.
        as(Tokens.verifier()).get(identity).then().statusCode(404);
        as(Tokens.admin()).get(identity).then().statusCode(200).body("name", equalTo("Pelapor Kustodian"));
        as(Tokens.admin()).get("/api/v1/reports/" + id).then().statusCode(200).body("reporter", nullValue());
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().statusCode(200);
        as(Tokens.custodian()).get("/api/v1/reports/" + id + "/identity-access-log").then().statusCode(200)
                .body("items.ground", contains("ACCESS_REQUEST", "INTAKE_SCOPE"))
                .body("items[0].disclosedTo", equalTo("admin@test")).body("items[0].requestId", equalTo(requestId))
                .body("items[1].disclosedTo", equalTo("bawaslu@test"));
        as(Tokens.ppk(KENDARI)).get("/api/v1/reports/" + id + "/identity-access-log").then().statusCode(403);
    }

    @Test
    void aCustodianDecidesNoRequestOfTheirOwn() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String id = as(Tokens.bawaslu()).contentType("application/json")
                .body(identified(nip, externalId(), "Pelapor Enam", true)).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        String both = sign(Jwt.upn("both@test").groups(Set.of(Roles.VERIFIER, Roles.CUSTODIAN)));
        String requests = "/api/v1/reports/" + id + "/identity-access-requests";
        var created = as(both).contentType("application/json")
                .body(Map.of("reason", "Verifikasi silang atas laporan rahasia ini.")).post(requests);
        assertEquals(201, created.statusCode(), created.asString());
        String requestId = created.path("id");
        as(both).contentType("application/json").body(Map.of("approve", true)).post(requests + "/" + requestId + "/decision")
                .then().statusCode(403).body("code", equalTo("IDENTITY_REQUEST_OWN"));
    }

    @Test
    void reporterContactIsErasedTheRetentionPeriodAfterTheCaseCloses() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String closedId = as(Tokens.bawaslu()).contentType("application/json")
                .body(identified(nip, externalId(), "Pelapor Lama", false)).post("/api/v1/reports").then().statusCode(201)
                .extract().path("report.id");
        String openId = as(Tokens.bawaslu()).contentType("application/json")
                .body(identified(nip, externalId(), "Pelapor Baru", false)).post("/api/v1/reports").then().statusCode(201)
                .extract().path("report.id");
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            Report closed = reports.findByPublicId(closedId).orElseThrow();
            closed.status = ReportStatus.SELESAI;
            closed.statusChangedAt = now.minus(Duration.ofDays(366));
            Report open = reports.findByPublicId(openId).orElseThrow();
            open.statusChangedAt = now.minus(Duration.ofDays(400));
        });
        assertTrue(retention.eraseDue(now) >= 1);
        as(Tokens.bawaslu()).get("/api/v1/reports/" + closedId).then().statusCode(200)
                .body("reporter.name", equalTo("Pelapor Lama")).body("reporter.phone", nullValue())
                .body("reporter.email", nullValue());
        as(Tokens.bawaslu()).get("/api/v1/reports/" + openId).then().statusCode(200)
                .body("reporter.phone", equalTo("+6281234567890"));
        QuarkusTransaction.requiringNew().run(() ->
                assertTrue(reports.findByPublicId(closedId).orElseThrow().reporterContactErasedAt != null));
        assertEquals(0, retention.eraseDue(now));
    }

    // ------------------------------------------------------------------ helpers

    private static String sign(io.smallrye.jwt.build.JwtClaimsBuilder builder) {
        return builder.expiresIn(3600).sign();
    }

    /** A Pemilu 2024 case naming one employee of each agency, driven to a recommendation. */
    private static String recommendedCaseAbout(String nipKendari, String nipLahat) {
        Map<String, Object> body = ReportFixtures.report(nipKendari, "D-06");
        body.put("electionCode", "PEMILU-2024");
        body.put("incidentDate", "2024-01-10");
        body.put("knownDate", "2024-01-11");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> named = (List<Map<String, Object>>) body.get("reportedEmployees");
        named.add(Map.of("nip", nipLahat));
        String id = anonymous().contentType("application/json").body(body).post("/api/v1/reports").then().statusCode(201)
                .extract().path("report.id");
        move(Tokens.bawaslu(), id, Map.of("action", "REGISTER", "registrationNumber", "010/Reg/LP/PL/Prov/28.00/I/2024"));
        move(Tokens.bawaslu(), id, Map.of("action", "START_STUDY"));
        move(Tokens.bawaslu(), id, Map.of("action", "FORWARD", "forwardLetterNumber", "0100/PP.00.01/K.SG/01/2024"));
        move(Tokens.verifier(), id, Map.of("action", "START_VERIFICATION"));
        move(Tokens.verifier(), id, Map.of("action", "RECOMMEND", "recommendation", Map.of("letterNumber",
                "B-2000/KASN/R/04/2024", "letterDate", "2024-04-05", "employees", List.of(
                        Map.of("nip", nipKendari, "proven", true, "sanctionCode", "TURUN_JABATAN_12"),
                        Map.of("nip", nipLahat, "proven", true, "sanctionCode", "BEBAS_JABATAN_PELAKSANA_12")))));
        return id;
    }

    private static void move(String token, String id, Map<String, Object> body) {
        String etag = as(token).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
        as(token).header("If-Match", etag).contentType("application/json").body(body)
                .post("/api/v1/reports/" + id + "/transitions").then().statusCode(200);
    }

    /** Every event of the change feed the token may read, from the start. */
    private static List<Map<String, Object>> feed(String token) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        String after = "0";
        for (int page = 0; page < 200; page++) {
            JsonPath answer = as(token).get("/api/v1/events?types=TRACK_TRANSITION&limit=500&after=" + after).then()
                    .statusCode(200).extract().jsonPath();
            all.addAll(answer.getList("items"));
            after = answer.getString("nextCursor");
            if (!answer.getBoolean("hasMore")) {
                return all;
            }
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> event) {
        Object data = event.get("data");
        return data instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
