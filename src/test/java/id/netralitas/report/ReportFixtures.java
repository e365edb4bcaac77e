package id.netralitas.report;

import static id.netralitas.testsupport.Api.as;

import id.netralitas.testsupport.Api;
import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Report test data: an election running now, employees to name, and report bodies. */
public final class ReportFixtures {

    /** A national election whose incident window surrounds today, with Pemilu-like deadlines. */
    public static final String ELECTION = "PEMILU-UJI-LAPORAN";
    private static boolean electionCreated;

    private ReportFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    public static synchronized String election() {
        if (!electionCreated) {
            int status = as(Tokens.admin()).contentType("application/json").body(electionBody(ELECTION, "verifier"))
                    .post("/api/v1/elections").then().extract().statusCode();
            if (status != 201 && status != 409) {
                throw new AssertionError("could not create the test election: " + status);
            }
            electionCreated = true;
        }
        return ELECTION;
    }

    /**
     * A national election whose incident window surrounds today, with Pemilu-like deadlines, whose
     * objections and appeals the given role decides.
     */
    public static Map<String, Object> electionBody(String code, String objectionDecider) {
        LocalDate today = today();
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("type", "PEMILU");
        body.put("name", "Pemilu uji coba penerimaan laporan");
        body.put("scope", "NATIONAL");
        body.put("votingDate", today.plusDays(60).toString());
        body.put("campaignStart", today.plusDays(5).toString());
        body.put("campaignEnd", today.plusDays(55).toString());
        body.put("candidateDeterminationDate", today.minusDays(10).toString());
        body.put("incidentWindowStart", today.minusDays(300).toString());
        body.put("incidentWindowEnd", today.plusDays(300).toString());
        body.put("deadlineRules", List.of(
                Map.of("kind", "REPORTING", "amount", 7, "unit", "WORKING_DAYS",
                        "countedFrom", "the day the reporter learned of the incident"),
                Map.of("kind", "FINDING", "amount", 7, "unit", "DAYS", "countedFrom", "discovery of the finding"),
                Map.of("kind", "PRELIMINARY_REVIEW", "amount", 2, "unit", "DAYS", "countedFrom", "receipt"),
                Map.of("kind", "BAWASLU_DECISION", "amount", 7, "unit", "DAYS", "countedFrom", "registration"),
                Map.of("kind", "AUTHORITY_VERIFICATION", "amount", 14, "unit", "DAYS", "countedFrom", "forwarding"),
                Map.of("kind", "PPK_FOLLOW_UP", "amount", 14, "unit", "WORKING_DAYS",
                        "countedFrom", "the recommendation"),
                Map.of("kind", "SATGAS_VERIFICATION", "amount", 7, "unit", "DAYS", "countedFrom", "receipt"),
                Map.of("kind", "INTERNAL_SUMMONS", "amount", 7, "unit", "WORKING_DAYS", "countedFrom", "receipt"),
                Map.of("kind", "INTERNAL_EXAMINATION", "amount", 14, "unit", "WORKING_DAYS",
                        "countedFrom", "the summons"),
                Map.of("kind", "OBJECTION", "amount", 14, "unit", "WORKING_DAYS", "countedFrom",
                        "the decree's delivery", "decidedBy", objectionDecider),
                Map.of("kind", "ADMINISTRATIVE_APPEAL", "amount", 14, "unit", "WORKING_DAYS",
                        "countedFrom", "the decree's delivery", "decidedBy", objectionDecider)));
        return body;
    }

    /**
     * A complaint of the election the task force verified, recommended with the sanction (letter of
     * {@code letter}) and imposed by the ppk of the employee's agency (decree of {@code decree}); its id.
     */
    public static String sanctioned(String electionCode, String agencyCode, String nip, String sanction,
                                    LocalDate letter, LocalDate decree) {
        Map<String, Object> complaint = report(nip);
        complaint.put("electionCode", electionCode);
        complaint.put("origin", "INTERNAL");
        complaint.put("channel", "SBT");
        complaint.remove("anonymous");
        String id = as(Tokens.verifier()).contentType("application/json").body(complaint).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        move(Tokens.verifier(), id, etag(id), Map.of("action", "RECOMMEND", "recommendation", Map.of(
                "letterNumber", "B-3/BKN/2026", "letterDate", letter.toString(),
                "employees", List.of(Map.of("nip", nip, "proven", true, "sanctionCode", sanction)))));
        trackStep(Tokens.ppk(agencyCode), id, nip, Map.of("action", "IMPOSE_SANCTION", "decree", Map.of(
                "number", "800/" + nip.substring(12) + "/2026", "date", decree.toString(), "sanctionCode", sanction)))
                .statusCode(200);
        return id;
    }

    /** Registers an employee of the given agency and returns its NIP. */
    public static String employee(String agencyCode, String regionCode) {
        String nip = TestData.pnsNip();
        as(Tokens.admin()).contentType("application/json").body(TestData.employee(nip, agencyCode, regionCode))
                .post("/api/v1/employees").then().statusCode(201);
        return nip;
    }

    /** An anonymous public report naming the employee by NIP (or by name when {@code nip} is null). */
    public static Map<String, Object> report(String nip, String... violationTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("electionCode", election());
        body.put("incidentDate", today().minusDays(2).toString());
        body.put("knownDate", today().minusDays(1).toString());
        body.put("incidentRegionCode", "74.13");
        body.put("incidentPlace", "Lapangan Laworo");
        body.put("description", "ASN menghadiri deklarasi bakal calon dan mengunggah foto dengan simbol jari.");
        body.put("violationTypeCodes", List.of(violationTypes.length == 0 ? new String[] {"D-06"} : violationTypes));
        Map<String, Object> named = new HashMap<>();
        if (nip != null) {
            named.put("nip", nip);
        } else {
            named.put("name", "La Ode Rahman");
            named.put("agencyText", "Dinas Pendidikan Kabupaten Muna Barat");
            named.put("jabatan", "Guru");
        }
        body.put("reportedEmployees", new ArrayList<>(List.of(named)));
        body.put("anonymous", true);
        return body;
    }

    /** The same report registered by Bawaslu under its own register number. */
    public static Map<String, Object> bawasluReport(String nip, String externalId) {
        Map<String, Object> body = report(nip);
        body.put("origin", "TEMUAN");
        body.put("channel", "BAWASLU");
        body.put("source", "BAWASLU-SULTRA");
        body.put("externalId", externalId);
        body.remove("anonymous");
        return body;
    }

    /** The case's current ETag, as an admin reads it. */
    public static String etag(String id) {
        return as(Tokens.admin()).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** One case transition by the holder of {@code token}, which must succeed; the case's new ETag. */
    public static String move(String token, String id, String etag, Map<String, Object> body) {
        return as(token).header("If-Match", etag).contentType("application/json").body(body)
                .post("/api/v1/reports/" + id + "/transitions").then().statusCode(200).extract().header("ETag");
    }

    /**
     * A Pemilu 2024 report about the employees (incident January 2024) driven through Bawaslu and recommended
     * in April 2024, each proven with the sanction: the PPK's deadline has long passed. {@code n} numbers its
     * letters. The case's id.
     */
    public static String recommendedIn2024(String n, String sanctionCode, String... nips) {
        Map<String, Object> body = report(nips[0], "D-06");
        body.put("electionCode", "PEMILU-2024");
        body.put("incidentDate", "2024-01-10");
        body.put("knownDate", "2024-01-11");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> named = (List<Map<String, Object>>) body.get("reportedEmployees");
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < nips.length; i++) {
            if (i > 0) {
                named.add(Map.of("nip", nips[i]));
            }
            outcomes.add(Map.of("nip", nips[i], "proven", true, "sanctionCode", sanctionCode));
        }
        String id = Api.anonymous().contentType("application/json").body(body).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        String etag = toVerification(id, n + "/Reg/LP/PL/Prov/28.00/I/2024", "0" + n + "/PP.00.01/K.SG/01/2024");
        move(Tokens.verifier(), id, etag, Map.of("action", "RECOMMEND", "recommendation", Map.of(
                "letterNumber", "B-" + n + "/KASN/R/04/2024", "letterDate", "2024-04-05", "employees", outcomes)));
        return id;
    }

    /** One step of an employee's follow-up by the holder of {@code token}, with the track's current ETag. */
    public static ValidatableResponse trackStep(String token, String id, String nip, Map<String, Object> body) {
        String path = "/api/v1/reports/" + id + "/employees/" + nip;
        long version = as(token).get(path).then().statusCode(200).extract().jsonPath().getLong("version");
        return as(token).header("If-Match", "\"" + version + "\"").contentType("application/json").body(body)
                .post(path + "/transitions").then();
    }

    /** Drives a received case through Bawaslu (registered, clarified, studied, forwarded) into verification. */
    public static String toVerification(String id, String registrationNumber, String forwardLetterNumber) {
        String etag = as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
        etag = move(Tokens.bawaslu(), id, etag, Map.of("action", "REGISTER", "registrationNumber", registrationNumber));
        etag = move(Tokens.bawaslu(), id, etag, Map.of("action", "START_CLARIFICATION"));
        etag = move(Tokens.bawaslu(), id, etag, Map.of("action", "START_STUDY"));
        etag = move(Tokens.bawaslu(), id, etag, Map.of("action", "FORWARD", "forwardLetterNumber", forwardLetterNumber));
        return move(Tokens.verifier(), id, etag, Map.of("action", "START_VERIFICATION"));
    }
}
