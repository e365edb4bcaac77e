package id.netralitas.report;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportWorkflowHttpTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String LAHAT = "KAB-16.04";

    @Inject
    AgroalDataSource dataSource;

    /** A Pemilu 2024 case naming one employee of Kendari and one of Lahat. */
    private static String caseAboutTwo(String nipKendari, String nipLahat) {
        Map<String, Object> body = ReportFixtures.report(nipKendari, "D-06");
        body.put("electionCode", "PEMILU-2024");
        body.put("incidentDate", "2024-01-10");
        body.put("knownDate", "2024-01-11");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> named = (List<Map<String, Object>>) body.get("reportedEmployees");
        named.add(Map.of("nip", nipLahat));
        return anonymous().contentType("application/json").body(body).post("/api/v1/reports").then().statusCode(201)
                .extract().path("report.id");
    }

    private static Response move(String token, String id, String etag, Map<String, Object> body) {
        return as(token).header("If-Match", etag).contentType("application/json").body(body)
                .post("/api/v1/reports/" + id + "/transitions");
    }

    private static String etag(String token, String id) {
        return as(token).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static int historyLength(String id) {
        return as(Tokens.verifier()).get("/api/v1/reports/" + id + "/history?size=100").then().statusCode(200)
                .extract().path("totalItems");
    }

    private static Map<String, Object> recommendation(String nipKendari, String nipLahat, String sanctionKendari) {
        return Map.of("action", "RECOMMEND", "recommendation", Map.of("letterNumber", "B-1234/KASN/R/04/2024",
                "letterDate", "2024-04-05", "employees", List.of(
                        Map.of("nip", nipKendari, "proven", true, "sanctionCode", sanctionKendari),
                        Map.of("nip", nipLahat, "proven", true, "sanctionCode", "BEBAS_JABATAN_PELAKSANA_12"))));
    }

    /** Drives a case to VERIFIKASI with the right role at each step, checking allowedActions on the way. */
    private String toVerification(String id) {
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("status", equalTo("DITERIMA"))
                .body("deadline.kind", equalTo("PRELIMINARY_REVIEW"))
                .body("allowedActions", containsInAnyOrder("REGISTER", "REJECT_REQUIREMENTS", "MARK_DUPLICATE"));
        as(Tokens.verifier()).get("/api/v1/reports/" + id).then().body("allowedActions", containsInAnyOrder("MARK_DUPLICATE"));
        String etag = move(Tokens.bawaslu(), id, etag(Tokens.bawaslu(), id),
                Map.of("action", "REGISTER", "registrationNumber", "001/Reg/LP/PL/Prov/28.00/I/2024"))
                .then().statusCode(200).body("status", equalTo("DIREGISTRASI"))
                .body("registrationNumber", equalTo("001/Reg/LP/PL/Prov/28.00/I/2024"))
                .body("deadline.kind", equalTo("BAWASLU_DECISION"))
                .body("allowedActions", containsInAnyOrder("START_CLARIFICATION", "START_STUDY", "EXTEND_DECISION",
                        "MARK_DUPLICATE")).extract().header("ETag");
        etag = move(Tokens.bawaslu(), id, etag, Map.of("action", "START_CLARIFICATION")).then().statusCode(200)
                .body("status", equalTo("KLARIFIKASI")).extract().header("ETag");
        etag = move(Tokens.bawaslu(), id, etag, Map.of("action", "START_STUDY")).then().statusCode(200)
                .body("status", equalTo("KAJIAN"))
                .body("allowedActions", containsInAnyOrder("EXTEND_DECISION", "DECLARE_NO_VIOLATION", "STOP", "FORWARD",
                        "MARK_DUPLICATE")).extract().header("ETag");
        etag = move(Tokens.bawaslu(), id, etag, Map.of("action", "FORWARD", "forwardLetterNumber", "0123/PP.00.01/K.SG/01/2024",
                "gakkumdu", true, "legalBasis", "UU 7/2017 Pasal 455")).then().statusCode(200)
                .body("status", equalTo("DITERUSKAN")).body("gakkumdu", equalTo(true))
                .body("deadline.kind", equalTo("AUTHORITY_VERIFICATION"))
                .body("allowedActions", containsInAnyOrder("MARK_DUPLICATE")).extract().header("ETag");
        as(Tokens.verifier()).get("/api/v1/reports/" + id).then()
                .body("allowedActions", containsInAnyOrder("START_VERIFICATION", "MARK_DUPLICATE"));
        return move(Tokens.verifier(), id, etag, Map.of("action", "START_VERIFICATION")).then().statusCode(200)
                .body("status", equalTo("VERIFIKASI"))
                .body("allowedActions", containsInAnyOrder("DECLARE_NOT_PROVEN", "REJECT", "CANCEL", "RECOMMEND",
                        "MARK_DUPLICATE")).extract().header("ETag");
    }

    @Test
    void aCaseGoesFromIntakeToCompletionWithTheRightRoleAtEachStep() {
        String nipKendari = ReportFixtures.employee(KENDARI, "74.71");
        String nipLahat = ReportFixtures.employee(LAHAT, "16.04");
        String id = caseAboutTwo(nipKendari, nipLahat);
        String etag = toVerification(id);

        // KASN still supervised in April 2024 (BKN took over on 23 Aug 2024). The recommendation opens one track per
        // employee; the PPK deadline skips Idul Fitri 2024.
        move(Tokens.verifier(), id, etag, recommendation(nipKendari, nipLahat, "TURUN_JABATAN_12")).then().statusCode(200)
                .body("status", equalTo("DIREKOMENDASIKAN"))
                .body("recommendation.issuer", equalTo("KASN"))
                .body("tracks.nip", containsInAnyOrder(nipKendari, nipLahat))
                .body("tracks.status", containsInAnyOrder("MENUNGGU_TINDAK_LANJUT_PPK", "MENUNGGU_TINDAK_LANJUT_PPK"))
                .body("tracks.deadlineDue", containsInAnyOrder("2024-05-06", "2024-05-06"))
                .body("tracks.overdue", containsInAnyOrder(true, true))
                .body("allowedActions", contains("AMEND_RECOMMENDATION"));
        as(Tokens.verifier()).get("/api/v1/reports?overdue=true&nip=" + nipKendari).then().statusCode(200)
                .body("items.id", hasItem(id));
        as(Tokens.verifier()).get("/api/v1/report-tracks?overdue=true&nip=" + nipLahat).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].deadlineDue", equalTo("2024-05-06"));

        // Kendari's PPK sees only its own follow-up action; it imposes the sanction.
        JsonPath kendariTrack = as(Tokens.ppk(KENDARI)).get("/api/v1/reports/" + id + "/employees/" + nipKendari)
                .then().statusCode(200).body("allowedActions", containsInAnyOrder("IMPOSE_SANCTION", "EMPLOYEE_LEFT"))
                .extract().jsonPath();
        // Another agency's follow-up in the same case is not Kendari's to see: hidden, as if absent.
        as(Tokens.ppk(KENDARI)).get("/api/v1/reports/" + id + "/employees/" + nipLahat).then().statusCode(404)
                .body("code", equalTo("TRACK_NOT_FOUND"));
        as(Tokens.ppk(KENDARI)).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("tracks.nip", contains(nipKendari));
        as(Tokens.ppk(KENDARI)).header("If-Match", "\"" + kendariTrack.getLong("version") + "\"")
                .contentType("application/json").body(Map.of("action", "IMPOSE_SANCTION", "decree", Map.of(
                        "number", "800/123/BKPSDM/2024", "date", "2024-06-10", "sanctionCode", "TURUN_JABATAN_12",
                        "durationMonths", 12, "effectiveDate", "2024-07-01")))
                .post("/api/v1/reports/" + id + "/employees/" + nipKendari + "/transitions").then().statusCode(200)
                .body("status", equalTo("SANKSI_DIJATUHKAN")).body("sanctionedWithinDeadline", equalTo(false))
                .body("allowedActions", containsInAnyOrder("FILE_OBJECTION", "FILE_APPEAL", "DELIVER_DECREE", "REPORT_TO_BKN",
                        "SANCTION_ENDED", "CORRECT_DECREE"));

        // Lahat's PPK does nothing: the verifier escalates, one step at a time, up to blocking the data.
        String trackPath = "/api/v1/reports/" + id + "/employees/" + nipLahat;
        for (String step : List.of("PERINGATAN", "TEGURAN", "BLOKIR_DATA")) {
            JsonPath track = as(Tokens.verifier()).get(trackPath).then().statusCode(200)
                    .body("allowedActions", hasItem(step)).extract().jsonPath();
            as(Tokens.verifier()).header("If-Match", "\"" + track.getLong("version") + "\"").contentType("application/json")
                    .body(Map.of("action", step, "documentNumber", "BKN/" + step + "/2024"))
                    .post(trackPath + "/transitions").then().statusCode(200)
                    .body("escalationLevel", equalTo(step)).body("status", equalTo("MENUNGGU_TINDAK_LANJUT_PPK"));
        }
        as(Tokens.admin()).get("/api/v1/employees/" + nipLahat).then().body("personnelBlocked", equalTo(true))
                .body("blockedReference", equalTo("BKN/BLOKIR_DATA/2024"));
        JsonPath lahatTrack = as(Tokens.ppk(LAHAT)).get(trackPath).then().statusCode(200).extract().jsonPath();
        as(Tokens.ppk(LAHAT)).header("If-Match", "\"" + lahatTrack.getLong("version") + "\"").contentType("application/json")
                .body(Map.of("action", "IMPOSE_SANCTION", "decree", Map.of("number", "800/77/BKPSDM/2024",
                        "date", "2024-08-01", "sanctionCode", "BEBAS_JABATAN_PELAKSANA_12")))
                .post(trackPath + "/transitions").then().statusCode(200).body("status", equalTo("SANKSI_DIJATUHKAN"));
        as(Tokens.admin()).get("/api/v1/employees/" + nipLahat).then().body("personnelBlocked", equalTo(false));

        // Every track closed: the case is complete, and its history tells the whole story.
        as(Tokens.verifier()).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("status", equalTo("SELESAI")).body("allowedActions", empty());
        as(Tokens.admin()).get("/api/v1/reports/" + id).then().body("allowedActions", containsInAnyOrder("REOPEN"));
        List<String> actions = as(Tokens.verifier()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .statusCode(200).extract().path("items.collect { it.action ?: it.type }");
        assertEquals(List.of("RECEIVED", "REGISTER", "START_CLARIFICATION", "START_STUDY", "FORWARD", "START_VERIFICATION",
                "RECOMMEND", "IMPOSE_SANCTION", "PERINGATAN", "TEGURAN", "BLOKIR_DATA", "IMPOSE_SANCTION", "COMPLETED"), actions);
        invalidRequest().get("/api/v1/reports/" + id).then().statusCode(401);
    }

    @Test
    void refusedMovesAreTheDocumentedProblemsAndChangeNothing() {
        String nipKendari = ReportFixtures.employee(KENDARI, "74.71");
        String nipLahat = ReportFixtures.employee(LAHAT, "16.04");
        String id = caseAboutTwo(nipKendari, nipLahat);
        String etag = etag(Tokens.bawaslu(), id);
        int before = historyLength(id);

        move(Tokens.ppk(KENDARI), id, etag, Map.of("action", "REGISTER", "registrationNumber", "X")).then().statusCode(403)
                .body("code", equalTo("REPORT_ACTION_FORBIDDEN"));
        move(Tokens.verifier(), id, etag, Map.of("action", "FORWARD", "forwardLetterNumber", "X")).then().statusCode(403);
        move(Tokens.bawaslu(), id, etag, Map.of("action", "FORWARD", "forwardLetterNumber", "X")).then().statusCode(409)
                .body("code", equalTo("REPORT_TRANSITION_NOT_ALLOWED")).body("currentState", equalTo("DITERIMA"))
                .body("allowedActions", containsInAnyOrder("REGISTER", "REJECT_REQUIREMENTS", "MARK_DUPLICATE"));
        move(Tokens.bawaslu(), id, "\"999\"", Map.of("action", "REGISTER", "registrationNumber", "X")).then()
                .statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        invalidRequest(Tokens.bawaslu()).contentType("application/json").body(Map.of("action", "REGISTER", "registrationNumber", "X"))
                .post("/api/v1/reports/" + id + "/transitions").then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
        move(Tokens.bawaslu(), id, etag, Map.of("action", "REGISTER")).then().statusCode(400)
                .body("errors[0].field", equalTo("registrationNumber")).body("errors[0].code", equalTo("REQUIRED_FOR_ACTION"));
        invalidRequest(Tokens.bawaslu()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("action", "SEND_TO_MARS")).post("/api/v1/reports/" + id + "/transitions").then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
        assertEquals(before, historyLength(id), "no refused move reached the history");
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().body("status", equalTo("DITERIMA")).header("ETag", equalTo(etag));

        // The wrong agency's PPK on a track, and a sanction the case's types do not allow.
        etag = toVerification(id);
        move(Tokens.verifier(), id, etag, recommendation(nipKendari, nipLahat, "TEGURAN_LISAN")).then().statusCode(422)
                .body("code", equalTo("SANCTION_NOT_ALLOWED"))
                .body("errors[0].field", equalTo("recommendation.employees[0].sanctionCode"))
                .body("allowedSanctions", hasItem("TURUN_JABATAN_12"));
        as(Tokens.verifier()).get("/api/v1/reports/" + id).then().body("status", equalTo("VERIFIKASI")).body("tracks", empty());
        move(Tokens.verifier(), id, etag, recommendation(nipKendari, nipLahat, "PDHTAPS")).then().statusCode(200);
        String lahatPath = "/api/v1/reports/" + id + "/employees/" + nipLahat;
        long version = as(Tokens.verifier()).get(lahatPath).then().extract().jsonPath().getLong("version");
        int beforeTrack = historyLength(id);
        as(Tokens.ppk(KENDARI)).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(Map.of("action", "IMPOSE_SANCTION", "decree", Map.of("number", "1", "date", "2024-06-01",
                        "sanctionCode", "PDHTAPS"))).post(lahatPath + "/transitions").then().statusCode(404)
                .body("code", equalTo("TRACK_NOT_FOUND"));
        as(Tokens.verifier()).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(Map.of("action", "TEGURAN", "documentNumber", "X")).post(lahatPath + "/transitions").then()
                .statusCode(409).body("currentState", equalTo("MENUNGGU_TINDAK_LANJUT_PPK"));
        assertEquals(beforeTrack, historyLength(id));
    }

    @Test
    void duplicatesAreMarkedAndAdminsReopen() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String first = anonymous().contentType("application/json").body(ReportFixtures.report(nip)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.caseNumber");
        String second = anonymous().contentType("application/json").body(ReportFixtures.report(nip)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.id");
        String etag = move(Tokens.bawaslu(), second, etag(Tokens.bawaslu(), second),
                Map.of("action", "MARK_DUPLICATE", "duplicateOf", first, "note", "sama dengan laporan sebelumnya"))
                .then().statusCode(200).body("status", equalTo("DUPLIKAT"))
                .body("duplicateOf.caseNumber", equalTo(first)).extract().header("ETag");
        move(Tokens.bawaslu(), second, etag, Map.of("action", "REOPEN", "note", "x")).then().statusCode(403);
        move(Tokens.admin(), second, etag, Map.of("action", "REOPEN", "note", "ternyata kejadian berbeda")).then()
                .statusCode(200).body("status", equalTo("DITERIMA")).body("deadline.kind", equalTo("PRELIMINARY_REVIEW"));
    }

    @Test
    void editingTheHistoryInTheDatabaseIsDetected() throws Exception {
        String id = anonymous().contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.id");
        as(Tokens.admin()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        as(Tokens.verifier()).get("/api/v1/audit/verify").then().statusCode(403);
        long seq = ((Number) as(Tokens.verifier()).get("/api/v1/reports/" + id + "/history").then().extract()
                .path("items[0].seq")).longValue();
        String original;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT actor FROM report_event WHERE seq = ?")) {
                s.setLong(1, seq);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    original = rs.getString(1);
                }
            }
            update(c, seq, "someone-else");
        }
        try {
            as(Tokens.admin()).get("/api/v1/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq))
                    .body("reason", equalTo("its content does not match its hash"));
        } finally {
            try (Connection c = dataSource.getConnection()) {
                update(c, seq, original);
            }
        }
        as(Tokens.admin()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    private static void update(Connection c, long seq, String actor) throws Exception {
        try (PreparedStatement s = c.prepareStatement("UPDATE report_event SET actor = ? WHERE seq = ?")) {
            s.setString(1, actor);
            s.setLong(2, seq);
            assertEquals(1, s.executeUpdate());
        }
    }

    @Test
    void twoTransitionsWithTheSameETagOneWins() throws Exception {
        String id = anonymous().contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.id");
        String etag = etag(Tokens.bawaslu(), id);
        int before = historyLength(id);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (String number : List.of("A/1", "B/2")) {
            results.add(pool.submit(() -> {
                start.await();
                Map<String, Object> body = new HashMap<>(Map.of("action", "REGISTER", "registrationNumber", number));
                return invalidRequest(Tokens.bawaslu()).header("If-Match", etag).contentType("application/json").body(body)
                        .post("/api/v1/reports/" + id + "/transitions").then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 412), statuses);
        assertEquals(before + 1, historyLength(id));
        assertTrue(List.of("A/1", "B/2").contains(as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then()
                .extract().path("registrationNumber")));
    }
}
