package id.netralitas.report;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every entry path of the workflow table (temuan, laporan, penerusan, a complaint to the task force
 * through SBT or SP4N-LAPOR!, another the verifier records, an agency's own case) driven over HTTP
 * from intake to each of its ends, with the caller's {@code allowedActions} checked at every step, and
 * the wrong role, the wrong state and a stale {@code If-Match} refused with nothing changed.
 */
@QuarkusTest
class EntryPathsHttpTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String LAHAT = "KAB-16.04";

    // ---- helpers -----------------------------------------------------------------------------------

    private static Map<String, Object> body(String nip, String origin, String channel, String... types) {
        Map<String, Object> body = ReportFixtures.report(nip, types);
        body.put("origin", origin);
        body.put("channel", channel);
        body.remove("anonymous");
        return body;
    }

    private static String submit(String token, Map<String, Object> body) {
        return as(token).contentType("application/json").body(body).post("/api/v1/reports").then().statusCode(201)
                .extract().path("report.id");
    }

    private static JsonPath read(String token, String id) {
        return as(token).get("/api/v1/reports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String etag(String token, String id) {
        return as(token).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** One step by {@code token}: it succeeds, the case is in {@code status}, and the caller may do {@code next}. */
    private static void step(String token, String id, Map<String, Object> action, String status, String... next) {
        ValidatableResponse moved = as(token).header("If-Match", etag(token, id)).contentType("application/json")
                .body(action).post("/api/v1/reports/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo(status));
        if (next.length == 0) {
            moved.body("allowedActions", empty());
        } else {
            moved.body("allowedActions", containsInAnyOrder((Object[]) next));
        }
    }

    /** A refused step: the status and code expected, and the case unchanged (same ETag, same history). */
    private static void refused(String token, String id, String ifMatch, Map<String, Object> action, int status,
                                String code) {
        String before = etag(Tokens.admin(), id);
        int history = historyLength(id);
        as(token).header("If-Match", ifMatch == null ? etag(Tokens.admin(), id) : ifMatch).contentType("application/json")
                .body(action).post("/api/v1/reports/" + id + "/transitions").then().statusCode(status)
                .body("code", equalTo(code));
        assertEquals(before, etag(Tokens.admin(), id), "the case changed");
        assertEquals(history, historyLength(id), "the history grew");
    }

    private static int historyLength(String id) {
        return as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then().statusCode(200)
                .extract().path("totalItems");
    }

    private static void allowed(String token, String id, String... actions) {
        ValidatableResponse read = as(token).get("/api/v1/reports/" + id).then().statusCode(200);
        if (actions.length == 0) {
            read.body("allowedActions", empty());
        } else {
            read.body("allowedActions", containsInAnyOrder((Object[]) actions));
        }
    }

    private static Map<String, Object> note(String action) {
        return Map.of("action", action, "note", "Alasan tercatat untuk " + action);
    }

    private static Map<String, Object> document(String action, String number) {
        return Map.of("action", action, "documentNumber", number);
    }

    private static Map<String, Object> outcome(String action, String letter, String nip, boolean proven, String sanction) {
        Map<String, Object> employee = new HashMap<>(Map.of("nip", nip, "proven", proven));
        if (sanction != null) {
            employee.put("sanctionCode", sanction);
        }
        return Map.of("action", action, "recommendation", Map.of("letterNumber", letter,
                "letterDate", ReportFixtures.today().toString(), "employees", List.of(employee)));
    }

    /** The PPK imposes the named sanction on the only track; the case completes. */
    private static void imposeAndComplete(String id, String nip, String agency, String sanction) {
        String path = "/api/v1/reports/" + id + "/employees/" + nip;
        JsonPath track = as(Tokens.ppk(agency)).get(path).then().statusCode(200)
                .body("allowedActions", containsInAnyOrder("IMPOSE_SANCTION", "EMPLOYEE_LEFT")).extract().jsonPath();
        as(Tokens.ppk(agency)).header("If-Match", "\"" + track.getLong("version") + "\"").contentType("application/json")
                .body(Map.of("action", "IMPOSE_SANCTION", "decree", Map.of("number", "800/" + nip.substring(10) + "/2026",
                        "date", ReportFixtures.today().toString(), "sanctionCode", sanction)))
                .post(path + "/transitions").then().statusCode(200).body("status", equalTo("SANKSI_DIJATUHKAN"));
        as(Tokens.verifier()).get("/api/v1/reports/" + id).then().body("status", equalTo("SELESAI"));
    }

    // ---- temuan and laporan: Bawaslu's own stage ----------------------------------------------------

    @Test
    void aFindingEntersRegisteredAndEndsAsNoViolationStoppedOrDuplicate() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> finding = ReportFixtures.bawasluReport(nip, "TEMUAN/" + nip);
        String id = submit(Tokens.bawaslu(), finding);
        JsonPath read = read(Tokens.bawaslu(), id);
        assertEquals("DIREGISTRASI", read.getString("status"));
        assertEquals("BAWASLU_DECISION", read.getString("deadline.kind"));
        allowed(Tokens.bawaslu(), id, "START_CLARIFICATION", "START_STUDY", "EXTEND_DECISION", "MARK_DUPLICATE");
        allowed(Tokens.verifier(), id, "MARK_DUPLICATE");
        allowed(Tokens.ppk(KENDARI), id);
        step(Tokens.bawaslu(), id, Map.of("action", "START_STUDY"), "KAJIAN", "EXTEND_DECISION", "DECLARE_NO_VIOLATION",
                "STOP", "FORWARD", "MARK_DUPLICATE");
        step(Tokens.bawaslu(), id, note("DECLARE_NO_VIOLATION"), "BUKAN_PELANGGARAN");
        allowed(Tokens.admin(), id, "REOPEN");

        String stopped = submit(Tokens.bawaslu(), ReportFixtures.bawasluReport(nip, "TEMUAN/S/" + nip));
        step(Tokens.bawaslu(), stopped, Map.of("action", "START_STUDY"), "KAJIAN", "EXTEND_DECISION",
                "DECLARE_NO_VIOLATION", "STOP", "FORWARD", "MARK_DUPLICATE");
        step(Tokens.bawaslu(), stopped, note("STOP"), "DIHENTIKAN");

        String duplicate = submit(Tokens.bawaslu(), ReportFixtures.bawasluReport(nip, "TEMUAN/D/" + nip));
        step(Tokens.bawaslu(), duplicate, Map.of("action", "MARK_DUPLICATE", "duplicateOf", stopped), "DUPLIKAT");
    }

    @Test
    void aReportEntersReceivedAndEndsWhenItFailsTheRequirements() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String id = anonymous().contentType("application/json").body(ReportFixtures.report(nip)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.id");
        assertEquals("PRELIMINARY_REVIEW", read(Tokens.bawaslu(), id).getString("deadline.kind"));
        allowed(Tokens.bawaslu(), id, "REGISTER", "REJECT_REQUIREMENTS", "MARK_DUPLICATE");
        refused(Tokens.verifier(), id, null, Map.of("action", "REGISTER", "registrationNumber", "1/Reg"), 403,
                "REPORT_ACTION_FORBIDDEN");
        refused(Tokens.bawaslu(), id, "\"99\"", Map.of("action", "REGISTER", "registrationNumber", "1/Reg"), 412,
                "PRECONDITION_FAILED");
        step(Tokens.bawaslu(), id, note("REJECT_REQUIREMENTS"), "TIDAK_MEMENUHI_SYARAT");
    }

    // ---- penerusan: the forward letter sets the verification deadline -------------------------------

    @Test
    void aForwardedCaseEntersForwardedWithItsLetterAndReachesEveryVerificationEnd() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        LocalDate letter = ReportFixtures.today().minusDays(1);
        String[] ends = {"REJECT:DITOLAK", "CANCEL:DIBATALKAN", "DECLARE_NOT_PROVEN:TIDAK_TERBUKTI", "RECOMMEND:SELESAI"};
        for (String end : ends) {
            String action = end.substring(0, end.indexOf(':'));
            Map<String, Object> forwarded = ReportFixtures.bawasluReport(nip, "PENERUSAN/" + action + "/" + nip);
            forwarded.put("origin", "PENERUSAN");
            forwarded.put("forwardLetterNumber", "0123/PP.00.01/K.SG/" + action);
            forwarded.put("forwardLetterDate", letter.toString());
            String id = submit(Tokens.bawaslu(), forwarded);
            JsonPath read = read(Tokens.verifier(), id);
            assertEquals("DITERUSKAN", read.getString("status"));
            assertEquals("AUTHORITY_VERIFICATION", read.getString("deadline.kind"));
            assertEquals(letter.plusDays(14).toString(), read.getString("deadline.dueDate"), "counted from the letter");
            assertEquals(letter.toString(), read.getString("forwardLetterDate"));
            allowed(Tokens.bawaslu(), id, "MARK_DUPLICATE");
            step(Tokens.verifier(), id, Map.of("action", "START_VERIFICATION"), "VERIFIKASI", "DECLARE_NOT_PROVEN",
                    "REJECT", "CANCEL", "RECOMMEND", "MARK_DUPLICATE");
            // Bawaslu's own case is not a direct complaint: it cannot be referred back.
            refused(Tokens.verifier(), id, null, note("REFER_TO_BAWASLU"), 409, "REFERRAL_NOT_ALLOWED");
            if (action.equals("RECOMMEND")) {
                step(Tokens.verifier(), id, outcome("RECOMMEND", "B-1/BKN/2026", nip, true, "TURUN_JABATAN_12"),
                        "DIREKOMENDASIKAN", "AMEND_RECOMMENDATION");
                imposeAndComplete(id, nip, KENDARI, "TURUN_JABATAN_12");
            } else {
                step(Tokens.verifier(), id, note(action), end.substring(end.indexOf(':') + 1));
            }
        }
    }

    @Test
    void aForwardNeedsItsLetterAndNothingElseCarriesOne() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        Map<String, Object> forwarded = ReportFixtures.bawasluReport(nip, "PENERUSAN/NOLETTER/" + nip);
        forwarded.put("origin", "PENERUSAN");
        as(Tokens.bawaslu()).contentType("application/json").body(forwarded).post("/api/v1/reports").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("forwardLetterNumber", "forwardLetterDate"))
                .body("errors.code", containsInAnyOrder("REQUIRED_FOR_ORIGIN", "REQUIRED_FOR_ORIGIN"));
        forwarded.put("forwardLetterNumber", "0123/PP.00.01/K.SG/01/2026");
        forwarded.put("forwardLetterDate", ReportFixtures.today().plusDays(3).toString());
        as(Tokens.bawaslu()).contentType("application/json").body(forwarded).post("/api/v1/reports").then()
                .statusCode(400).body("errors[0].field", equalTo("forwardLetterDate"))
                .body("errors[0].code", equalTo("DATE_IN_FUTURE"));
        Map<String, Object> report = ReportFixtures.report(nip);
        report.put("forwardLetterNumber", "0123/PP.00.01/K.SG/01/2026");
        anonymous().contentType("application/json").body(report).post("/api/v1/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("forwardLetterNumber"))
                .body("errors[0].code", equalTo("NOT_ALLOWED_FOR_ORIGIN"));
        as(Tokens.verifier()).queryParam("externalId", "PENERUSAN/NOLETTER/" + nip).queryParam("source", "BAWASLU-SULTRA")
                .get("/api/v1/reports").then().statusCode(200).body("totalItems", equalTo(0));
    }

    // ---- direct complaints: the task force verifies them ---------------------------------------------

    @Test
    void complaintsThroughSbtAndLaporAndTheVerifiersOwnEnterVerificationAndReachEveryEnd() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String[][] paths = {{"SBT", "RECOMMEND"}, {"SP4N_LAPOR", "DECLARE_NOT_PROVEN"}, {"HOTLINE", "CANCEL"},
                {"MEDIA", "REJECT"}, {"INSTANSI", "REFER_TO_BAWASLU"}};
        for (String[] path : paths) {
            String id = submit(Tokens.verifier(), body(nip, "INTERNAL", path[0]));
            JsonPath read = read(Tokens.verifier(), id);
            assertEquals("VERIFIKASI", read.getString("status"), path[0]);
            assertEquals("SATGAS_VERIFICATION", read.getString("deadline.kind"));
            assertEquals(ReportFixtures.today().plusDays(7).toString(), read.getString("deadline.dueDate"));
            allowed(Tokens.verifier(), id, "DECLARE_NOT_PROVEN", "REJECT", "CANCEL", "RECOMMEND", "MARK_DUPLICATE",
                    "REFER_TO_BAWASLU");
            allowed(Tokens.bawaslu(), id, "MARK_DUPLICATE");
            allowed(Tokens.ppk(KENDARI), id);
            refused(Tokens.bawaslu(), id, null, note("REFER_TO_BAWASLU"), 403, "REPORT_ACTION_FORBIDDEN");
            switch (path[1]) {
                case "RECOMMEND" -> {
                    step(Tokens.verifier(), id, outcome("RECOMMEND", "B-2/BKN/2026", nip, true, "TURUN_JABATAN_12"),
                            "DIREKOMENDASIKAN", "AMEND_RECOMMENDATION");
                    imposeAndComplete(id, nip, KENDARI, "TURUN_JABATAN_12");
                }
                case "DECLARE_NOT_PROVEN" -> step(Tokens.verifier(), id, note(path[1]), "TIDAK_TERBUKTI");
                case "CANCEL" -> step(Tokens.verifier(), id, note(path[1]), "DIBATALKAN");
                case "REJECT" -> step(Tokens.verifier(), id, note(path[1]), "DITOLAK");
                default -> {
                    // Referred to Bawaslu for a study: it becomes Bawaslu's received case.
                    step(Tokens.verifier(), id, note(path[1]), "DITERIMA", "MARK_DUPLICATE");
                    allowed(Tokens.bawaslu(), id, "REGISTER", "REJECT_REQUIREMENTS", "MARK_DUPLICATE");
                    assertEquals("PRELIMINARY_REVIEW", read(Tokens.bawaslu(), id).getString("deadline.kind"));
                    step(Tokens.bawaslu(), id, Map.of("action", "REGISTER", "registrationNumber", "7/Reg/" + nip),
                            "DIREGISTRASI", "START_CLARIFICATION", "START_STUDY", "EXTEND_DECISION", "MARK_DUPLICATE");
                }
            }
        }
    }

    // ---- an agency's own case (PP 94/2021) -----------------------------------------------------------

    @Test
    void anAgencysOwnCaseIsSummonedExaminedAndConcludedByItsPpkOnly() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String ppk = Tokens.ppk(KENDARI);
        String id = submit(ppk, body(nip, "INTERNAL", "INSTANSI"));
        JsonPath read = read(ppk, id);
        assertEquals("PEMANGGILAN", read.getString("status"));
        assertEquals("INTERNAL_SUMMONS", read.getString("deadline.kind"));
        assertEquals(0, read.getInt("examination.summonsCount"));
        allowed(ppk, id, "SUMMON", "DECLARE_NO_VIOLATION");
        allowed(Tokens.verifier(), id, "MARK_DUPLICATE");
        as(Tokens.ppk(LAHAT)).get("/api/v1/reports/" + id).then().statusCode(404);
        refused(Tokens.bawaslu(), id, null, document("SUMMON", "800/1/2026"), 403, "REPORT_ACTION_FORBIDDEN");
        refused(ppk, id, null, document("RECORD_EXAMINATION", "BAP/1/2026"), 409, "REPORT_TRANSITION_NOT_ALLOWED");
        refused(ppk, id, "\"99\"", document("SUMMON", "800/1/2026"), 412, "PRECONDITION_FAILED");
        refused(ppk, id, null, Map.of("action", "SUMMON"), 400, "VALIDATION_FAILED");

        step(ppk, id, document("SUMMON", "800/1/BKPSDM/2026"), "PEMERIKSAAN", "SUMMON", "RECORD_EXAMINATION",
                "FORM_EXAMINATION_TEAM", "DECLARE_NOT_PROVEN", "CONCLUDE_EXAMINATION");
        assertEquals("INTERNAL_EXAMINATION", read(ppk, id).getString("deadline.kind"));
        Map<String, Object> conclusion = outcome("CONCLUDE_EXAMINATION", "800/9/BKPSDM/2026", nip, true,
                "TURUN_JABATAN_12");
        refused(ppk, id, null, conclusion, 409, "EXAMINATION_MINUTES_REQUIRED");
        step(ppk, id, document("RECORD_EXAMINATION", "BAP/1/2026"), "PEMERIKSAAN", "SUMMON", "RECORD_EXAMINATION",
                "FORM_EXAMINATION_TEAM", "DECLARE_NOT_PROVEN", "CONCLUDE_EXAMINATION");
        // A severe sanction needs the examination team.
        refused(ppk, id, null, conclusion, 409, "EXAMINATION_TEAM_REQUIRED");
        step(ppk, id, document("FORM_EXAMINATION_TEAM", "800/5/BKPSDM/2026"), "PEMERIKSAAN", "SUMMON",
                "RECORD_EXAMINATION", "DECLARE_NOT_PROVEN", "CONCLUDE_EXAMINATION");
        refused(ppk, id, null, document("FORM_EXAMINATION_TEAM", "800/6/2026"), 409, "EXAMINATION_TEAM_ALREADY_FORMED");
        step(ppk, id, conclusion, "DIREKOMENDASIKAN");
        read = read(ppk, id);
        assertEquals("KOTA-74.71", read.getString("recommendation.issuer"));
        assertEquals("BAP/1/2026", read.getString("examination.minutesNumber"));
        assertEquals("800/5/BKPSDM/2026", read.getString("examination.teamDecree"));
        imposeAndComplete(id, nip, KENDARI, "TURUN_JABATAN_12");
        List<String> actions = as(Tokens.admin()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .statusCode(200).extract().path("items.collect { it.action ?: it.type }");
        assertEquals(List.of("RECEIVED", "SUMMON", "RECORD_EXAMINATION", "FORM_EXAMINATION_TEAM", "CONCLUDE_EXAMINATION",
                "IMPOSE_SANCTION", "COMPLETED"), actions);
        as(Tokens.admin()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void anEmployeeWhoIgnoresBothSummonsesIsJudgedOnWhatIsKnownAndOtherCasesEndEarlier() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String ppk = Tokens.ppk(KENDARI);
        String id = submit(ppk, body(nip, "INTERNAL", "INSTANSI", "KE-04"));
        step(ppk, id, document("SUMMON", "800/1/2026"), "PEMERIKSAAN", "SUMMON", "RECORD_EXAMINATION",
                "FORM_EXAMINATION_TEAM", "DECLARE_NOT_PROVEN", "CONCLUDE_EXAMINATION");
        step(ppk, id, document("SUMMON", "800/2/2026"), "PEMERIKSAAN", "RECORD_EXAMINATION", "FORM_EXAMINATION_TEAM",
                "DECLARE_NOT_PROVEN", "CONCLUDE_EXAMINATION");
        refused(ppk, id, null, document("SUMMON", "800/3/2026"), 409, "SUMMONS_EXHAUSTED");
        assertEquals(2, read(ppk, id).getInt("examination.summonsCount"));
        // Two summonses ignored: no minutes needed; a moral sanction needs no team.
        step(ppk, id, outcome("CONCLUDE_EXAMINATION", "800/4/2026", nip, true, "MORAL_TERTUTUP"), "DIREKOMENDASIKAN");
        imposeAndComplete(id, nip, KENDARI, "MORAL_TERTUTUP");

        String notProven = submit(ppk, body(nip, "INTERNAL", "INSTANSI"));
        step(ppk, notProven, document("SUMMON", "800/7/2026"), "PEMERIKSAAN", "SUMMON", "RECORD_EXAMINATION",
                "FORM_EXAMINATION_TEAM", "DECLARE_NOT_PROVEN", "CONCLUDE_EXAMINATION");
        step(ppk, notProven, note("DECLARE_NOT_PROVEN"), "TIDAK_TERBUKTI");

        String baseless = submit(ppk, body(nip, "INTERNAL", "INSTANSI"));
        step(ppk, baseless, note("DECLARE_NO_VIOLATION"), "BUKAN_PELANGGARAN");
        allowed(Tokens.admin(), baseless, "REOPEN");
        as(Tokens.admin()).get("/api/v1/reports/" + baseless).then().body("examination.teamDecree", nullValue());
    }
}
