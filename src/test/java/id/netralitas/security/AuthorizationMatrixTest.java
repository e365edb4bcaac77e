package id.netralitas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.netralitas.testsupport.Api;
import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the API called by every kind of caller, against the outcome the role
 * annotations and the scope rules (README, "Tokens and roles" and each feature's "Reading" rules)
 * promise. The fixtures ({@link SecurityFixtures}) belong to agency {@value SecurityFixtures#OWN_AGENCY}:
 * an employee (the "asn self"), a report naming them, a case at recommendation with their
 * follow-up track, their pact signature, an import of that agency and a webhook.
 *
 * <p>An answer is classified by status only: 401, 403 and 404 are the three denials; anything else,
 * including 400, 409, 412, 422 and 428 from checks that run after authorisation, means the caller
 * got past authorisation ({@link Outcome#ALLOW}). So requests carry concrete ids and, where a scope
 * check reads the body, a body valid enough to reach it. Updates are sent without {@code If-Match}:
 * an allowed caller gets 428 and nothing changes.
 */
@QuarkusTest
@Order(Order.DEFAULT + 1)
class AuthorizationMatrixTest {

    enum Outcome { ALLOW, DENY_401, DENY_403, HIDDEN_404 }

    /** The callers, in the order of the columns of {@link #TABLE}. */
    enum CallerKind { ANONYMOUS, ADMIN, VERIFIER, BAWASLU, PPK_OWN, PPK_OTHER, ASN_SELF, ASN_OTHER, BAWASLU_OTHER_REGION,
        MONITOR, CUSTODIAN }

    /** One cell's request: the caller's request specification and the fixtures. */
    record Call(CallerKind caller, SecurityFixtures fx, String token) {
        RequestSpecification spec() {
            return token == null ? Api.invalidRequest() : Api.invalidRequest(token);
        }

        RequestSpecification json(Object body) {
            return spec().contentType("application/json").body(body);
        }

        boolean asn() {
            return caller == CallerKind.ASN_SELF || caller == CallerKind.ASN_OTHER;
        }
    }

    record Row(String operationId, String expected, Function<Call, Response> request) {
    }

    private static final String ALL = "AAAAAAAAAAA";
    private static final String ANY_TOKEN = "1AAAAAAA";
    private static final String ADMIN_ONLY = "1A333333333";
    private static final String OFFICERS = "1AAA3333";
    /** Admin, verifier, bawaslu and the ppk of the employee's agency; another agency's ppk gets 404. */
    private static final String CASE_READERS = "1AAAAH33";

    private static final Map<String, Object> EMPTY = Map.of();

    /**
     * Columns: anonymous, admin, verifier, bawaslu, ppk of {@value SecurityFixtures#OWN_AGENCY}, ppk of
     * {@value SecurityFixtures#OTHER_AGENCY}, asn self (the fixtures' employee), asn other, a Bawaslu officer of
     * another province (region 11, outside the fixtures' cases), a national monitor, a custodian. The first eight
     * columns are written as a block and the last three appended to it.
     * Cells: {@code A} allowed, {@code 1} 401, {@code 3} 403, {@code H} 404 hiding the record.
     */
    static final List<Row> TABLE = List.of(
            // ---- agencies: any token reads (@Authenticated), admin writes
            row("listAgencies", ANY_TOKEN + "AAA", c -> c.spec().get("/api/v1/agencies")),
            row("getAgency", ANY_TOKEN + "AAA", c -> c.spec().get("/api/v1/agencies/" + SecurityFixtures.OWN_AGENCY)),
            row("createAgency", ADMIN_ONLY, c -> c.json(EMPTY).post("/api/v1/agencies")),
            row("updateAgency", ADMIN_ONLY, c -> c.json(EMPTY).put("/api/v1/agencies/" + SecurityFixtures.OWN_AGENCY)),
            // ---- an agency's units: any token reads; an admin or the agency's own ppk writes
            row("listAgencyUnits", ANY_TOKEN + "AAA", c -> c.spec().get("/api/v1/agencies/" + SecurityFixtures.OWN_AGENCY
                    + "/units")),
            row("getAgencyUnit", ANY_TOKEN + "AAA", c -> c.spec().get("/api/v1/agencies/" + SecurityFixtures.OWN_AGENCY
                    + "/units/" + SecurityFixtures.OWN_UNIT)),
            row("createAgencyUnit", "1A33A333333", c -> c.json(Map.of("code", "MATRIX-" + c.caller().name().replace('_', '-'),
                    "name", "Unit " + c.caller(), "kind", "LAINNYA"))
                    .post("/api/v1/agencies/" + SecurityFixtures.OWN_AGENCY + "/units")),
            // A valid body without If-Match: the scope is checked before the precondition (428 for those allowed).
            row("updateAgencyUnit", "1A33A333333", c -> c.json(Map.of("name", "Sekretariat Daerah", "kind", "SEKRETARIAT"))
                    .put("/api/v1/agencies/" + SecurityFixtures.OWN_AGENCY + "/units/" + SecurityFixtures.OWN_UNIT)),
            // ---- public reference data, admin writes
            row("listRegions", ALL, c -> c.spec().get("/api/v1/regions")),
            row("getRegion", ALL, c -> c.spec().get("/api/v1/regions/74.71")),
            row("listRegionChildren", ALL, c -> c.spec().get("/api/v1/regions/74/children")),
            row("importRegions", ADMIN_ONLY, c -> c.spec().contentType("text/csv").body("code,name,level,parent_code\n")
                    .post("/api/v1/region-imports")),
            row("importRegionDataset", ADMIN_ONLY, c -> c.json(EMPTY).post("/api/v1/region-imports/datasets")),
            row("listAuthorities", ALL, c -> c.spec().get("/api/v1/authorities")),
            row("getAuthority", ALL, c -> c.spec().get("/api/v1/authorities/BKN")),
            row("listAuthorityVersions", ALL, c -> c.spec().get("/api/v1/authorities/BKN/versions")),
            row("createAuthority", ADMIN_ONLY, c -> c.json(EMPTY).post("/api/v1/authorities")),
            row("updateAuthority", ADMIN_ONLY, c -> c.json(EMPTY).put("/api/v1/authorities/BKN")),
            row("listRegulations", ALL, c -> c.spec().get("/api/v1/regulations")),
            row("getRegulation", ALL, c -> c.spec().get("/api/v1/regulations/PP-94-2021")),
            row("createRegulation", ADMIN_ONLY, c -> c.json(EMPTY).post("/api/v1/regulations")),
            row("updateRegulation", ADMIN_ONLY, c -> c.json(EMPTY).put("/api/v1/regulations/PP-94-2021")),
            row("listRegulationArticles", ALL, c -> c.spec().get("/api/v1/regulations/PP-94-2021/articles")),
            row("getRegulationArticle", ALL, c -> c.spec().get("/api/v1/regulations/PP-94-2021/articles/pasal-5-huruf-n-angka-7")),
            row("createRegulationArticle", ADMIN_ONLY, c -> c.json(EMPTY).post("/api/v1/regulations/PP-94-2021/articles")),
            row("updateRegulationArticle", ADMIN_ONLY, c -> c.json(EMPTY)
                    .put("/api/v1/regulations/PP-94-2021/articles/pasal-5-huruf-n-angka-7")),
            row("listViolationTypes", ALL, c -> c.spec().get("/api/v1/violation-types")),
            row("getViolationType", ALL, c -> c.spec().get("/api/v1/violation-types/D-06")),
            row("listViolationTypeVersions", ALL, c -> c.spec().get("/api/v1/violation-types/D-06/versions")),
            row("createViolationType", ADMIN_ONLY, c -> c.json(EMPTY).post("/api/v1/violation-types")),
            row("updateViolationType", ADMIN_ONLY, c -> c.json(EMPTY).put("/api/v1/violation-types/D-06")),
            row("listSanctions", ALL, c -> c.spec().get("/api/v1/sanctions")),
            row("getSanction", ALL, c -> c.spec().get("/api/v1/sanctions/TURUN_JABATAN_12")),
            row("listSanctionVersions", ALL, c -> c.spec().get("/api/v1/sanctions/TURUN_JABATAN_12/versions")),
            row("createSanction", ADMIN_ONLY, c -> c.json(EMPTY).post("/api/v1/sanctions")),
            row("updateSanction", ADMIN_ONLY, c -> c.json(EMPTY).put("/api/v1/sanctions/TURUN_JABATAN_12")),
            row("suggestSanctions", ALL, c -> c.json(Map.of("violationTypeCodes", List.of("D-06"), "incidentDate", "2024-01-10"))
                    .post("/api/v1/sanction-suggestions")),
            row("addToDate", ALL, c -> c.spec().get("/api/v1/calendar/add?from=2024-04-01&days=5&workingDays=true")),
            row("getCalendarDay", ALL, c -> c.spec().get("/api/v1/calendar/days/2024-04-10")),
            row("listHolidays", ALL, c -> c.spec().get("/api/v1/holidays")),
            row("getHoliday", ALL, c -> c.spec().get("/api/v1/holidays/2024-04-10")),
            row("createHoliday", ADMIN_ONLY, c -> c.json(EMPTY).post("/api/v1/holidays")),
            row("updateHoliday", ADMIN_ONLY, c -> c.json(EMPTY).put("/api/v1/holidays/2024-04-10")),
            row("deleteHoliday", ADMIN_ONLY, c -> c.spec().delete("/api/v1/holidays/2024-04-10")),
            // ---- elections and pact templates: public reads, admin writes
            row("listElections", ALL, c -> c.spec().get("/api/v1/elections")),
            row("getElection", ALL, c -> c.spec().get("/api/v1/elections/PILKADA-2024")),
            row("createElection", ADMIN_ONLY, c -> c.json(EMPTY).post("/api/v1/elections")),
            row("updateElection", ADMIN_ONLY, c -> c.json(EMPTY).put("/api/v1/elections/PILKADA-2024")),
            row("getElectionPhase", ALL, c -> c.spec().get("/api/v1/elections/PILKADA-2024/phase?on=2024-10-01")),
            row("listElectionDeadlines", ALL, c -> c.spec().get("/api/v1/elections/PEMILU-2024/deadlines?from=2024-01-10")),
            row("listElectionRegions", ALL, c -> c.spec().get("/api/v1/elections/PILKADA-2024/regions")),
            row("replaceElectionRegions", ADMIN_ONLY, c -> c.json(EMPTY).put("/api/v1/elections/PILKADA-2024/regions")),
            row("getPactCoverage", ALL, c -> c.spec().get("/api/v1/elections/" + SecurityFixtures.PACT_ELECTION + "/pact-coverage")),
            row("listPactTemplates", ALL, c -> c.spec().get("/api/v1/elections/" + SecurityFixtures.PACT_ELECTION + "/pact-templates")),
            row("getPactTemplate", ALL, c -> c.spec().get("/api/v1/elections/" + SecurityFixtures.PACT_ELECTION + "/pact-templates/1")),
            row("createPactTemplate", ADMIN_ONLY, c -> c.json(EMPTY)
                    .post("/api/v1/elections/" + SecurityFixtures.PACT_ELECTION + "/pact-templates")),
            row("updatePactTemplate", ADMIN_ONLY, c -> c.json(EMPTY)
                    .put("/api/v1/elections/" + SecurityFixtures.PACT_ELECTION + "/pact-templates/1")),
            // ---- the register: officers read all, a ppk its agency (another agency's employee is 403), an asn itself
            row("listEmployees", "1AAAAA33A33", c -> c.spec().get("/api/v1/employees")),
            row("getEmployee", "1AAAA3A3A33", c -> c.spec().get("/api/v1/employees/" + c.fx().nip)),
            row("listEmployeeStatusHistory", "1AAAA3A3A33", c -> c.spec().get("/api/v1/employees/" + c.fx().nip + "/status-history")),
            row("createEmployee", "1A33A333333", c -> c.json(TestData.employee(TestData.pnsNip(), SecurityFixtures.OWN_AGENCY,
                    SecurityFixtures.OWN_REGION)).post("/api/v1/employees")),
            row("updateEmployee", "1A33A333333", c -> c.json(withoutNip(TestData.employee(c.fx().nip, SecurityFixtures.OWN_AGENCY,
                    SecurityFixtures.OWN_REGION))).put("/api/v1/employees/" + c.fx().nip)),
            // Any ppk may import (rows of another agency are refused row by row); a job is seen by its agency only.
            row("createEmployeeImport", "1A33AA33333", c -> c.spec().contentType("text/csv")
                    .body("nip,name,employee_type,golongan,pangkat,jabatan_category,jabatan_name,unit_kerja,agency_code,"
                            + "region_code,status,nik\n").post("/api/v1/employee-imports")),
            row("getEmployeeImport", "1A33AH33333", c -> c.spec().get("/api/v1/employee-imports/" + c.fx().importId)),
            row("listEmployeeImportErrors", "1A33AH33333", c -> c.spec().get("/api/v1/employee-imports/" + c.fx().importId + "/errors")),
            // ---- reports: anyone submits; officers read all; a ppk reads reports naming its agency's employees
            row("submitReport", "AAAAA3AAA33", c -> c.json(submission(c)).post("/api/v1/reports")),
            row("submitReportBatch", "1AAA3333A33", c -> c.json(EMPTY).post("/api/v1/report-batches")),
            row("listReports", "1AAAAA33AA3", c -> c.spec().get("/api/v1/reports")),
            row("getReport", CASE_READERS + "HA3", c -> c.spec().get("/api/v1/reports/" + c.fx().reportId)),
            row("listReportHistory", "1AAA3333" + "H33", c -> c.spec().get("/api/v1/reports/" + c.fx().reportId + "/history")),
            row("listReportEvidence", CASE_READERS + "H33", c -> c.spec().get("/api/v1/reports/" + c.fx().reportId + "/evidence")),
            row("getReportEvidenceContent", CASE_READERS + "H33", c -> c.spec()
                    .get("/api/v1/reports/" + c.fx().reportId + "/evidence/" + c.fx().evidenceId + "/content")),
            row("addReportEvidence", OFFICERS + "H33", c -> c.spec().multiPart("kind", "TAUTAN")
                    .multiPart("url", "https://www.facebook.com/posts/matrix-" + c.caller())
                    .post("/api/v1/reports/" + c.fx().reportId + "/evidence")),
            row("listReportMessages", OFFICERS + "H33", c -> c.spec().get("/api/v1/reports/" + c.fx().reportId + "/messages")),
            row("addReportMessage", OFFICERS + "H33", c -> c.json(Map.of("kind", "INTERNAL_NOTE", "body", "matrix")).post("/api/v1/reports/" + c.fx().reportId + "/messages")),
            // REGISTER is bawaslu's move: every other role is refused the action (403) before If-Match is read,
            // except another agency's ppk, who does not see the case at all.
            row("transitionReport", "133A3H33H33", c -> c.json(Map.of("action", "REGISTER", "registrationNumber", "1/Reg/2024"))
                    .post("/api/v1/reports/" + c.fx().reportId + "/transitions")),
            // Corrections: the role holding the case at its stage (bawaslu while it is received); others 403.
            row("correctReport", "133A3H33H33", c -> c.json(Map.of("reason", "Tempat kejadian keliru", "incidentPlace",
                    "Kantor kelurahan")).patch("/api/v1/reports/" + c.fx().reportId)),
            // The reported employee's own cases: asn only; another asn's case is hidden.
            row("listMyCases", "133333AA333", c -> c.spec().get("/api/v1/me/cases")),
            row("getMyCase", "133333AH333", c -> c.spec().get("/api/v1/me/cases/" + c.fx().recommendedReportId)),
            row("respondToMyCase", "133333AH333", c -> c.json(Map.of("text", "Saya memberikan klarifikasi atas laporan ini."))
                    .post("/api/v1/me/cases/" + c.fx().recommendedReportId + "/responses")),
            row("addMyCaseEvidence", "133333AH333", c -> c.spec().multiPart("kind", "TAUTAN")
                    .multiPart("url", "https://www.facebook.com/posts/klarifikasi-" + c.caller())
                    .post("/api/v1/me/cases/" + c.fx().recommendedReportId + "/evidence")),
            row("objectToMySanction", "133333AH333", c -> c.json(Map.of("reason", "Keputusan tidak mempertimbangkan klarifikasi."))
                    .post("/api/v1/me/cases/" + c.fx().recommendedReportId + "/objections")),
            // Messages on a follow-up: the verifier and the ppk of the employee's agency (admin reads).
            row("listReportTrackMessages", "1AA3AH33333", c -> c.spec()
                    .get("/api/v1/reports/" + c.fx().recommendedReportId + "/employees/" + c.fx().nip + "/messages")),
            row("addReportTrackMessage", "13A3AH33333", c -> c.json(Map.of("body", "Keputusan sedang diproses."))
                    .post("/api/v1/reports/" + c.fx().recommendedReportId + "/employees/" + c.fx().nip + "/messages")),
            // Documents of a follow-up: the ppk of the employee's agency records them; the verifier and admin read.
            row("listReportTrackDocuments", "1AA3AH33333", c -> c.spec()
                    .get("/api/v1/reports/" + c.fx().recommendedReportId + "/employees/" + c.fx().nip + "/documents")),
            row("addReportTrackDocument", "1333AH33333", c -> c.json(Map.of("kind", "DECREE", "number", "800/1/2024",
                    "date", "2024-06-10", "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
                    .post("/api/v1/reports/" + c.fx().recommendedReportId + "/employees/" + c.fx().nip + "/documents")),
            row("listReportTracks", "1AAAAA33AA3", c -> c.spec().get("/api/v1/report-tracks")),
            row("getReportTrack", CASE_READERS + "HA3", c -> c.spec()
                    .get("/api/v1/reports/" + c.fx().recommendedReportId + "/employees/" + c.fx().nip)),
            // IMPOSE_SANCTION is the ppk's own move for its agency's employee.
            row("transitionReportTrack", "1333AH33H33", c -> c.json(Map.of("action", "IMPOSE_SANCTION"))
                    .post("/api/v1/reports/" + c.fx().recommendedReportId + "/employees/" + c.fx().nip + "/transitions")),
            // ---- statistics: officers and ppk (scoped to its agency's reports) count; the public figures need no account
            row("getReportStatistics", "1AAAAA33AA3", c -> c.spec().get("/api/v1/stats/reports?groupBy=agency")),
            row("getFollowUpStatistics", "1AAAAA33AA3", c -> c.spec().get("/api/v1/stats/follow-up?groupBy=agency")),
            row("getPublicReportStatistics", ALL, c -> c.spec().get("/api/v1/public-stats/reports?groupBy=region")),
            // ---- identity custody: officers in scope ask, a custodian decides, the requester reads, admin and custodian audit
            row("requestReporterIdentity", "1AAA3333" + "H33", c -> c.json(Map.of("reason",
                    "Klarifikasi pelapor untuk pemeriksaan lanjutan oleh tim."))
                    .post("/api/v1/reports/" + c.fx().identifiedReportId + "/identity-access-requests")),
            row("listReporterIdentityRequests", "1AAA3333" + "H3A", c -> c.spec()
                    .get("/api/v1/reports/" + c.fx().identifiedReportId + "/identity-access-requests")),
            row("listIdentityAccessQueue", "13333333" + "33A", c -> c.spec().get("/api/v1/identity-access-requests")),
            row("decideReporterIdentityRequest", "13333333" + "33A", c -> c.json(EMPTY).post("/api/v1/reports/"
                    + c.fx().identifiedReportId + "/identity-access-requests/" + c.fx().identityRequestId + "/decision")),
            // Only the requester (the fixtures' admin) reads under a request; the other officers do not see it.
            row("getReporterIdentity", "1AHH3333" + "H33", c -> c.spec().get("/api/v1/reports/"
                    + c.fx().identifiedReportId + "/identity-access-requests/" + c.fx().identityRequestId + "/identity")),
            row("listReporterIdentityDisclosures", "1A333333" + "33A", c -> c.spec()
                    .get("/api/v1/reports/" + c.fx().identifiedReportId + "/identity-access-log")),
            row("verifyAuditChain", ADMIN_ONLY, c -> c.spec().get("/api/v1/audit/verify")),
            // ---- the reporter's receipt: no account needed
            row("getReceiptView", ALL, c -> c.spec().get("/api/v1/receipts/" + c.fx().receipt)),
            row("addReceiptMessage", ALL, c -> c.json(EMPTY).post("/api/v1/receipts/" + c.fx().receipt + "/messages")),
            row("addReceiptEvidence", ALL, c -> c.spec().multiPart("kind", "TAUTAN")
                    .multiPart("url", "https://www.facebook.com/posts/receipt-" + c.caller())
                    .post("/api/v1/receipts/" + c.fx().receipt + "/evidence")),
            // ---- pact signatures: admin, ppk (its agency) and asn (itself) sign; reading is scoped the same way
            row("signPact", "1A33A3A3333", c -> c.json(signature(c)).post("/api/v1/pact-signatures")),
            // Any ppk may register a batch for its own agency's ceremony; NIPs of another agency come back per item as
            // OTHER_AGENCY (200), nothing is signed for them.
            row("registerPactSignatureBatch", "1A33AA33333", c -> c.json(Map.of("electionCode", SecurityFixtures.PACT_ELECTION,
                    "nips", List.of(c.fx().nip), "ceremony", ceremony())).post("/api/v1/pact-signature-batches")),
            row("listPactSignatures", ANY_TOKEN + "A33", c -> c.spec().get("/api/v1/pact-signatures")),
            row("getPactSignature", "1AAAAHAHA33", c -> c.spec().get("/api/v1/pact-signatures/" + c.fx().signatureId)),
            row("revokePactSignature", ADMIN_ONLY, c -> c.json(EMPTY)
                    .post("/api/v1/pact-signatures/" + c.fx().signatureId + "/revocation")),
            row("verifyPactReceipt", ALL, c -> c.spec().get("/api/v1/pact-signatures/verify/" + c.fx().verificationCode)),
            // ---- integration: the change feed and webhooks
            row("listEvents", "1AAAAA33A33", c -> c.spec().get("/api/v1/events")),
            row("listWebhookSubscriptions", "1A3A3333A33", c -> c.spec().get("/api/v1/webhook-subscriptions")),
            row("createWebhookSubscription", "1A3A3333A33", c -> c.json(EMPTY).post("/api/v1/webhook-subscriptions")),
            row("getWebhookSubscription", "1A3A3333H33", c -> c.spec().get("/api/v1/webhook-subscriptions/" + c.fx().webhookId)),
            row("deactivateWebhookSubscription", "1A3A3333H33", c -> c.spec()
                    .delete("/api/v1/webhook-subscriptions/" + c.fx().webhookId)),
            // Only the owner (the fixtures' bawaslu officer) renews; the fixture is ended, so they get 409.
            row("renewWebhookSubscription", "133A3333H33", c -> c.spec()
                    .post("/api/v1/webhook-subscriptions/" + c.fx().webhookId + "/renewal")),
            row("listWebhookDeliveries", "1A3A3333H33", c -> c.spec()
                    .get("/api/v1/webhook-subscriptions/" + c.fx().webhookId + "/deliveries")));

    private static Row row(String operationId, String expected, Function<Call, Response> request) {
        return new Row(operationId, expected, request);
    }

    @Test
    void everyOperationOfTheDocumentHasARow() {
        OpenAPI api = new OpenAPIV3Parser().read(Api.SPEC.toUri().toString());
        TreeSet<String> documented = new TreeSet<>();
        for (PathItem item : api.getPaths().values()) {
            item.readOperations().forEach(op -> documented.add(op.getOperationId()));
        }
        TreeSet<String> tabled = new TreeSet<>();
        for (Row row : TABLE) {
            assertTrue(tabled.add(row.operationId()), "two rows for " + row.operationId());
            assertEquals(CallerKind.values().length, row.expected().length(), "one cell per caller in " + row.operationId());
        }
        TreeSet<String> missing = new TreeSet<>(documented);
        missing.removeAll(tabled);
        TreeSet<String> unknown = new TreeSet<>(tabled);
        unknown.removeAll(documented);
        assertEquals(new TreeSet<>(), missing, "operations of openapi/openapi.yaml without a row in the matrix");
        assertEquals(new TreeSet<>(), unknown, "rows for operations the document does not have");
    }

    @Test
    void everyCallerGetsExactlyTheAccessTheTableSays() {
        SecurityFixtures fx = SecurityFixtures.get();
        Map<CallerKind, String> tokens = new LinkedHashMap<>();
        tokens.put(CallerKind.ANONYMOUS, null);
        tokens.put(CallerKind.ADMIN, Tokens.admin());
        tokens.put(CallerKind.VERIFIER, Tokens.verifier());
        tokens.put(CallerKind.BAWASLU, Tokens.bawaslu());
        tokens.put(CallerKind.PPK_OWN, Tokens.ppk(SecurityFixtures.OWN_AGENCY));
        tokens.put(CallerKind.PPK_OTHER, Tokens.ppk(SecurityFixtures.OTHER_AGENCY));
        tokens.put(CallerKind.ASN_SELF, Tokens.asn(fx.nip));
        tokens.put(CallerKind.ASN_OTHER, Tokens.asn(fx.otherNip));
        tokens.put(CallerKind.BAWASLU_OTHER_REGION, io.smallrye.jwt.build.Jwt.upn("bawaslu-11@test")
                .groups(java.util.Set.of(id.netralitas.common.security.Roles.BAWASLU))
                .claim(id.netralitas.common.security.Roles.CLAIM_REGION, "11")
                .claim(id.netralitas.common.security.Roles.CLAIM_SOURCES, List.of("BAWASLU-SULTRA")).expiresIn(3600).sign());
        tokens.put(CallerKind.MONITOR, Tokens.monitor());
        tokens.put(CallerKind.CUSTODIAN, Tokens.custodian());

        long started = System.nanoTime();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : TABLE) {
            for (CallerKind caller : CallerKind.values()) {
                Outcome expected = outcome(row.expected().charAt(caller.ordinal()));
                Response response;
                try {
                    response = row.request().apply(new Call(caller, fx, tokens.get(caller)));
                } catch (AssertionError | RuntimeException e) {
                    wrong.add(row.operationId() + " as " + caller + ": " + e.getMessage());
                    continue;
                }
                cells++;
                Outcome actual = classify(response);
                if (actual != expected) {
                    String kind = actual == Outcome.ALLOW ? "UNEXPECTED ALLOW" : "unexpected " + actual;
                    wrong.add(kind + ": " + row.operationId() + " as " + caller + " expected " + expected + ", got "
                            + response.statusCode() + " " + truncate(response.asString()));
                }
            }
        }
        System.out.println("AuthorizationMatrixTest: " + TABLE.size() + " operations x " + CallerKind.values().length
                + " callers = " + cells + " cells in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " cells differ from the table:\n" + String.join("\n", wrong));
        }
    }

    /**
     * A status as an authorisation outcome: 401, 403 and 404 deny; anything else (2xx, and 400, 409,
     * 412, 422, 428 from checks after authorisation) is an allowed caller. A 5xx is never an answer.
     */
    static Outcome classify(Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            throw new AssertionError("server error " + status + ": " + truncate(response.asString()));
        }
        return switch (status) {
            case 401 -> Outcome.DENY_401;
            case 403 -> Outcome.DENY_403;
            case 404 -> Outcome.HIDDEN_404;
            default -> Outcome.ALLOW;
        };
    }

    private static Outcome outcome(char cell) {
        return switch (cell) {
            case 'A' -> Outcome.ALLOW;
            case '1' -> Outcome.DENY_401;
            case '3' -> Outcome.DENY_403;
            case 'H' -> Outcome.HIDDEN_404;
            default -> throw new IllegalArgumentException("unknown cell " + cell);
        };
    }

    private static String truncate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    private static Map<String, Object> withoutNip(Map<String, Object> employee) {
        Map<String, Object> body = new HashMap<>(employee);
        body.remove("nip");
        return body;
    }

    /** A public report about the fixtures' employee; officers add what their intake requires. */
    private static Map<String, Object> submission(Call c) {
        Map<String, Object> body = id.netralitas.report.ReportFixtures.report(c.fx().nip);
        switch (c.caller()) {
            case BAWASLU, BAWASLU_OTHER_REGION -> {
                body.put("origin", "TEMUAN");
                body.put("channel", "BAWASLU");
                body.put("source", "BAWASLU-SULTRA");
                body.put("externalId", "MATRIX-" + System.nanoTime());
                body.remove("anonymous");
            }
            case ADMIN -> {
                body.put("origin", "TEMUAN");
                body.put("channel", "BAWASLU");
                body.remove("anonymous");
            }
            case VERIFIER -> {
                body.put("origin", "INTERNAL");
                body.put("channel", "SBT");
                body.remove("anonymous");
            }
            case PPK_OWN, PPK_OTHER -> {
                body.put("origin", "INTERNAL");
                body.put("channel", "INSTANSI");
                body.remove("anonymous");
            }
            default -> {
            }
        }
        return body;
    }

    /** An electronic signature for an asn, a paper one (with the ceremony) for the others, always for the fixtures' NIP. */
    private static Map<String, Object> signature(Call c) {
        Map<String, Object> body = new HashMap<>();
        body.put("electionCode", SecurityFixtures.PACT_ELECTION);
        body.put("nip", c.fx().nip);
        if (c.asn()) {
            body.put("method", "PERSETUJUAN_ELEKTRONIK");
        } else {
            body.put("method", "TANDA_TANGAN_BASAH");
            body.put("ceremony", ceremony());
        }
        return body;
    }

    private static Map<String, Object> ceremony() {
        return Map.of("date", id.netralitas.report.ReportFixtures.today().minusDays(1).toString(),
                "place", "Aula Kantor Wali Kota Kendari", "witnesses", List.of("Perwakilan Bawaslu Kota Kendari"),
                "documentSha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }
}
