package id.netralitas.security;

import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.multipart;

import id.netralitas.pact.PactFixtures;
import id.netralitas.report.ReportFixtures;
import id.netralitas.testsupport.EvidenceSamples;
import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/**
 * One concrete record of every kind the API addresses by id, created once through the API, so that
 * the fuzzer and the authorisation matrix have real ids to call: an employee of {@link #OWN_AGENCY}
 * named in a report (with evidence, a message and a receipt), that employee's pact signature, an
 * employee import of that agency and a webhook subscription.
 */
public final class SecurityFixtures {

    /** The agency owning the fixtures; its ppk is "the ppk of the owning agency". */
    public static final String OWN_AGENCY = "KOTA-74.71";
    public static final String OWN_REGION = "74.71";
    /** Another agency: its ppk must not see the fixtures. */
    public static final String OTHER_AGENCY = "KAB-16.04";
    /** A unit of {@link #OWN_AGENCY}. */
    public static final String OWN_UNIT = "SETDA";
    public static final String OTHER_REGION = "16.04";
    /** A national election with a pact template valid today, used only by these fixtures. */
    public static final String PACT_ELECTION = "PEMILU-UJI-KEAMANAN";

    private static SecurityFixtures instance;

    /** NIP of the employee the report names and who signed the pact (the "asn self"). */
    public final String nip;
    /** An employee of the other agency (the "asn other"). */
    public final String otherNip;
    public final String reportElection;
    public final String reportId;
    public final String receipt;
    public final String evidenceId;
    /** A Pemilu 2024 case about {@link #nip} driven to a recommendation, so that it has a follow-up track. */
    public final String recommendedReportId;
    public final String signatureId;
    public final String verificationCode;
    public final String importId;
    public final String webhookId;
    /** A report about {@link #nip} with an identified reporter, registered by Bawaslu. */
    public final String identifiedReportId;
    /** A pending request by the admin to see that report's reporter. */
    public final String identityRequestId;

    private SecurityFixtures() {
        nip = ReportFixtures.employee(OWN_AGENCY, OWN_REGION);
        otherNip = ReportFixtures.employee(OTHER_AGENCY, OTHER_REGION);
        reportElection = ReportFixtures.election();

        JsonPath report = anonymous().contentType("application/json").body(ReportFixtures.report(nip))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        reportId = report.getString("report.id");
        receipt = report.getString("receipt");
        // a real picture: a ppk gets it stripped of metadata, which needs a well-formed file
        byte[] photo = EvidenceSamples.jpegWithMetadata("lokasi", false);
        evidenceId = multipart(Tokens.bawaslu()).multiPart("kind", "FOTO").multiPart("description", "Foto di lokasi")
                .multiPart("file", "lokasi.jpg", photo, "image/jpeg")
                .post("/api/v1/reports/" + reportId + "/evidence").then().statusCode(201).extract().path("id");

        recommendedReportId = recommendedCase(nip);
        int unit = as(Tokens.admin()).contentType("application/json")
                .body(Map.of("code", OWN_UNIT, "name", "Sekretariat Daerah Kota Kendari", "kind", "SEKRETARIAT"))
                .post("/api/v1/agencies/" + OWN_AGENCY + "/units").then().extract().statusCode();
        if (unit != 201 && unit != 409) {
            throw new AssertionError("could not create the fixtures' unit: " + unit);
        }

        Map<String, Object> identified = ReportFixtures.bawasluReport(nip, "SEC-" + System.nanoTime());
        identified.put("origin", "LAPORAN");
        identified.put("reporter", Map.of("name", "Pelapor Fixture", "phone", "081200000001"));
        identifiedReportId = as(Tokens.bawaslu()).contentType("application/json").body(identified)
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.id");
        identityRequestId = as(Tokens.admin()).contentType("application/json")
                .body(Map.of("reason", "Pemeriksaan dugaan laporan palsu oleh admin sistem."))
                .post("/api/v1/reports/" + identifiedReportId + "/identity-access-requests").then().statusCode(201)
                .extract().path("id");

        PactFixtures.election(PACT_ELECTION);
        JsonPath signature = as(Tokens.asn(nip)).contentType("application/json")
                .body(Map.of("electionCode", PACT_ELECTION, "method", "PERSETUJUAN_ELEKTRONIK"))
                .post("/api/v1/pact-signatures").then().statusCode(201).extract().jsonPath();
        signatureId = signature.getString("id");
        verificationCode = signature.getString("verificationCode");

        String importNip = TestData.pnsNip();
        String csv = "nip,name,employee_type,golongan,pangkat,jabatan_category,jabatan_name,unit_kerja,"
                + "agency_code,region_code,status,nik\n"
                + importNip + ",Ahmad Fauzi " + importNip.substring(12) + ",PNS,III/b,,PELAKSANA,Pengadministrasi Umum,,"
                + OWN_AGENCY + "," + OWN_REGION + ",AKTIF,\n";
        importId = as(Tokens.ppk(OWN_AGENCY)).contentType("text/csv").body(csv).post("/api/v1/employee-imports")
                .then().statusCode(202).extract().path("id");

        webhookId = as(Tokens.bawaslu()).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/fixture-hook", "eventTypes", List.of("REPORT_CREATED"),
                        "secret", "s3cret-s3cret-s3cret-s3cret-s3cret-42", "description", "security fixture"))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
        // Inactive at once: the fixture is there to be addressed, not to receive deliveries.
        as(Tokens.bawaslu()).delete("/api/v1/webhook-subscriptions/" + webhookId).then().statusCode(204);
    }

    private static String recommendedCase(String nip) {
        Map<String, Object> body = ReportFixtures.report(nip, "D-06");
        body.put("electionCode", "PEMILU-2024");
        body.put("incidentDate", "2024-01-10");
        body.put("knownDate", "2024-01-11");
        String id = anonymous().contentType("application/json").body(body).post("/api/v1/reports").then().statusCode(201)
                .extract().path("report.id");
        move(Tokens.bawaslu(), id, Map.of("action", "REGISTER", "registrationNumber", "009/Reg/LP/PL/Kota/28.00/I/2024"));
        move(Tokens.bawaslu(), id, Map.of("action", "START_STUDY"));
        move(Tokens.bawaslu(), id, Map.of("action", "FORWARD", "forwardLetterNumber", "0999/PP.00.01/K.SG/01/2024"));
        move(Tokens.verifier(), id, Map.of("action", "START_VERIFICATION"));
        move(Tokens.verifier(), id, Map.of("action", "RECOMMEND", "recommendation", Map.of("letterNumber", "B-9999/KASN/R/04/2024",
                "letterDate", "2024-04-05", "employees", List.of(Map.of("nip", nip, "proven", true, "sanctionCode", "TURUN_JABATAN_12")))));
        return id;
    }

    private static void move(String token, String id, Map<String, Object> body) {
        String etag = as(token).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
        as(token).header("If-Match", etag).contentType("application/json").body(body)
                .post("/api/v1/reports/" + id + "/transitions").then().statusCode(200);
    }

    public static synchronized SecurityFixtures get() {
        if (instance == null) {
            instance = new SecurityFixtures();
        }
        return instance;
    }
}
