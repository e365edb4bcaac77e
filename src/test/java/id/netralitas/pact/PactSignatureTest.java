package id.netralitas.pact;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.testsupport.TestData;
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
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PactSignatureTest {

    private static final String CODE = "^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$";

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> self(String election) {
        Map<String, Object> body = new HashMap<>();
        body.put("electionCode", election);
        return body;
    }

    @Test
    void anAsnSignsOnceWithAReceiptAndTheSecondAttemptIs409() throws Exception {
        String election = PactFixtures.election();
        String nip = PactFixtures.employee(PactFixtures.BAUBAU, "74.72");
        String token = Tokens.asn(nip);

        JsonPath signed = as(token).contentType("application/json").body(self(election)).post("/api/v1/pact-signatures")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/pact-signatures/"))
                .body("nip", equalTo(nip))
                .body("signerType", equalTo("INDIVIDU"))
                .body("method", equalTo("PERSETUJUAN_ELEKTRONIK"))
                .body("agencyCode", equalTo(PactFixtures.BAUBAU))
                .body("golongan", equalTo("III/a"))
                .body("jabatan", equalTo("Analis Kebijakan Ahli Pertama"))
                .body("regionCode", equalTo("74.72"))
                .body("templateVersion", equalTo(1))
                .body("status", equalTo("VALID"))
                .body("verificationCode", matchesPattern(CODE))
                .body("contentSha256", matchesPattern("^[0-9a-f]{64}$"))
                .extract().jsonPath();
        String id = signed.getString("id");
        assertTrue(signed.getString("signedAt").matches(".*T\\d{2}:\\d{2}:\\d{2}Z$"), "whole seconds: " + signed.getString("signedAt"));

        as(token).contentType("application/json").body(self(election)).post("/api/v1/pact-signatures")
                .then().statusCode(409)
                .body("code", equalTo("PACT_ALREADY_SIGNED"))
                .body("existingSignatureId", equalTo(id))
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/pact-signatures/" + id));
        // A ppk registering a paper pact for the same person meets the same rule.
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").body(PactFixtures.paper(election, nip))
                .post("/api/v1/pact-signatures").then().statusCode(409).body("existingSignatureId", equalTo(id));
        assertEquals(1, count("SELECT COUNT(*) FROM pact_signature WHERE signer_nip = ?", nip));

        // The signer reads it back with its history; another asn does not see it.
        as(token).get("/api/v1/pact-signatures/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("history", hasSize(1)).body("history[0].action", equalTo("SIGNED"));
        as(Tokens.asn(TestData.pnsNip())).get("/api/v1/pact-signatures/" + id).then().statusCode(404)
                .body("code", equalTo("PACT_SIGNATURE_NOT_FOUND"));
        as(token).get("/api/v1/pact-signatures?electionCode=" + election).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void fiftyConcurrentAttemptsForOneNipCreateExactlyOneSignature() throws Exception {
        String election = PactFixtures.election();
        String nip = PactFixtures.employee(PactFixtures.BAUBAU, "74.72");
        String token = Tokens.asn(nip);
        int attempts = 50;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                Callable<Response> attempt = () -> {
                    start.await();
                    return as(token).contentType("application/json").body(self(election)).post("/api/v1/pact-signatures");
                };
                futures.add(pool.submit(attempt));
            }
            start.countDown();
            int created = 0;
            int conflicts = 0;
            String createdId = null;
            List<String> referenced = new ArrayList<>();
            for (Future<Response> f : futures) {
                Response r = f.get(120, TimeUnit.SECONDS);
                if (r.statusCode() == 201) {
                    created++;
                    createdId = r.jsonPath().getString("id");
                } else {
                    assertEquals(409, r.statusCode(), r.asString());
                    assertEquals("PACT_ALREADY_SIGNED", r.jsonPath().getString("code"));
                    conflicts++;
                    referenced.add(r.jsonPath().getString("existingSignatureId"));
                }
            }
            assertEquals(1, created);
            assertEquals(attempts - 1, conflicts);
            for (String ref : referenced) {
                assertEquals(createdId, ref);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM pact_signature WHERE signer_nip = ?", nip));
        assertEquals(1, count("SELECT COUNT(*) FROM pact_signature_event e JOIN pact_signature s ON s.id = e.signature_id "
                + "WHERE s.signer_nip = ?", nip));
    }

    @Test
    void verifyAnswersValidRevokedAndAlteredWithTheRecomputedHash() throws Exception {
        String election = PactFixtures.election();
        String nip = PactFixtures.employee(PactFixtures.BAUBAU, "74.72");
        JsonPath signed = as(Tokens.asn(nip)).contentType("application/json").body(self(election))
                .post("/api/v1/pact-signatures").then().statusCode(201).extract().jsonPath();
        String code = signed.getString("verificationCode");
        String hash = signed.getString("contentSha256");

        anonymous().get("/api/v1/pact-signatures/verify/" + code).then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("hashMatches", equalTo(true))
                .body("contentSha256", equalTo(hash))
                .body("recomputedSha256", equalTo(hash))
                .body("electionCode", equalTo(election))
                .body("maskedName", equalTo("Ah*** Fa*** " + nip.substring(12, 14) + "***"))
                .body("agencyCode", equalTo(PactFixtures.BAUBAU))
                .body("signedDate", equalTo(PactFixtures.today().toString()))
                .body("method", equalTo("PERSETUJUAN_ELEKTRONIK"));
        // Typed in lower case without dashes: the same receipt.
        anonymous().get("/api/v1/pact-signatures/verify/" + code.replace("-", "").toLowerCase())
                .then().statusCode(200).body("status", equalTo("VALID"));

        // A direct database edit of the signer's name is caught by the recomputed hash.
        try (Connection c = dataSource.getConnection();
             PreparedStatement edit = c.prepareStatement("UPDATE pact_signature SET signer_name = ? WHERE public_id = ?")) {
            edit.setString(1, "Budi Santoso");
            edit.setString(2, signed.getString("id"));
            assertEquals(1, edit.executeUpdate());
        }
        JsonPath altered = anonymous().get("/api/v1/pact-signatures/verify/" + code).then().statusCode(200)
                .body("status", equalTo("ALTERED"))
                .body("hashMatches", equalTo(false))
                .body("contentSha256", equalTo(hash))
                .body("maskedName", equalTo("Bu*** Sa***"))
                .extract().jsonPath();
        assertNotEquals(hash, altered.getString("recomputedSha256"));

        // Revoked by an admin with a reason: the receipt says so, the history keeps it, the row stays.
        String other = PactFixtures.employee(PactFixtures.BAUBAU, "74.72");
        JsonPath second = as(Tokens.asn(other)).contentType("application/json").body(self(election))
                .post("/api/v1/pact-signatures").then().statusCode(201).extract().jsonPath();
        String id = second.getString("id");
        Map<String, Object> reason = Map.of("reason", "Ditandatangani atas nama orang lain");
        as(Tokens.admin()).contentType("application/json").body(reason).post("/api/v1/pact-signatures/" + id + "/revocation")
                .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"7\"").body(reason)
                .post("/api/v1/pact-signatures/" + id + "/revocation").then().statusCode(412);
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").header("If-Match", "\"0\"").body(reason)
                .post("/api/v1/pact-signatures/" + id + "/revocation").then().statusCode(403);
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"0\"").body(reason)
                .post("/api/v1/pact-signatures/" + id + "/revocation").then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("Ditandatangani atas nama orang lain"))
                .body("revokedBy", equalTo("admin@test"))
                .body("history", hasSize(2))
                .body("history[1].action", equalTo("REVOKED"))
                .body("history[1].reason", equalTo("Ditandatangani atas nama orang lain"));
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"1\"").body(reason)
                .post("/api/v1/pact-signatures/" + id + "/revocation").then().statusCode(409)
                .body("code", equalTo("PACT_SIGNATURE_REVOKED"));
        anonymous().get("/api/v1/pact-signatures/verify/" + second.getString("verificationCode")).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("hashMatches", equalTo(true))
                .body("revokedDate", notNullValue());
        // After the revocation the person may sign again; both rows remain.
        as(Tokens.asn(other)).contentType("application/json").body(self(election)).post("/api/v1/pact-signatures")
                .then().statusCode(201);
        assertEquals(2, count("SELECT COUNT(*) FROM pact_signature WHERE signer_nip = ?", other));

        anonymous().get("/api/v1/pact-signatures/verify/AAAA-BBBB-CCCC-DDDD-EEEE").then().statusCode(404)
                .body("code", equalTo("PACT_RECEIPT_NOT_FOUND"));
        anonymous().get("/api/v1/pact-signatures/verify/not-a-code").then().statusCode(404);
    }

    @Test
    void editingASignedTemplateIs409AndTheChangeBecomesANewVersion() {
        String election = PactFixtures.election("PEMILU-UJI-PAKTA-TEMPLAT");
        JsonPath v1 = anonymous().get("/api/v1/elections/" + election + "/pact-templates/1").then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("signed", equalTo(false)).body("commitments", hasSize(4))
                .extract().jsonPath();
        Map<String, Object> change = PactFixtures.template("Pakta Integritas Netralitas ASN (perbaikan)",
                PactFixtures.today().minusDays(30), null);
        // Unsigned: corrected in place, with If-Match.
        as(Tokens.admin()).contentType("application/json").body(change)
                .put("/api/v1/elections/" + election + "/pact-templates/1").then().statusCode(428);
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"0\"").body(change)
                .put("/api/v1/elections/" + election + "/pact-templates/1").then().statusCode(200)
                .body("title", equalTo("Pakta Integritas Netralitas ASN (perbaikan)")).header("ETag", equalTo("\"1\""));
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").header("If-Match", "\"1\"").body(change)
                .put("/api/v1/elections/" + election + "/pact-templates/1").then().statusCode(403);
        assertEquals(election, v1.getString("electionCode"));

        String nip = PactFixtures.employee(PactFixtures.BAUBAU, "74.72");
        as(Tokens.asn(nip)).contentType("application/json").body(self(election)).post("/api/v1/pact-signatures")
                .then().statusCode(201).body("templateVersion", equalTo(1));

        Map<String, Object> again = PactFixtures.template("Pakta Integritas Netralitas ASN 2", PactFixtures.today(), null);
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"1\"").body(again)
                .put("/api/v1/elections/" + election + "/pact-templates/1").then().statusCode(409)
                .body("code", equalTo("PACT_TEMPLATE_SIGNED"));
        anonymous().get("/api/v1/elections/" + election + "/pact-templates/1").then().statusCode(200)
                .body("title", equalTo("Pakta Integritas Netralitas ASN (perbaikan)")).body("signed", equalTo(true));
        as(Tokens.admin()).contentType("application/json").body(again)
                .post("/api/v1/elections/" + election + "/pact-templates").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/elections/" + election + "/pact-templates/2"))
                .body("version", equalTo(2)).body("signed", equalTo(false));
        anonymous().get("/api/v1/elections/" + election + "/pact-templates").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("signed", equalTo(List.of(true, false)));
        // New signatures take the newest valid version.
        String later = PactFixtures.employee(PactFixtures.BAUBAU, "74.72");
        as(Tokens.asn(later)).contentType("application/json").body(self(election)).post("/api/v1/pact-signatures")
                .then().statusCode(201).body("templateVersion", equalTo(2));

        anonymous().get("/api/v1/elections/" + election + "/pact-templates/9").then().statusCode(404)
                .body("code", equalTo("PACT_TEMPLATE_NOT_FOUND"));
        anonymous().get("/api/v1/elections/NO-SUCH-ELECTION/pact-templates").then().statusCode(404);
        Map<String, Object> backwards = PactFixtures.template("X", PactFixtures.today(), PactFixtures.today().minusDays(1));
        as(Tokens.admin()).contentType("application/json").body(backwards)
                .post("/api/v1/elections/" + election + "/pact-templates").then().statusCode(400)
                .body("errors[0].code", equalTo("DATE_ORDER"));
        invalidRequest(Tokens.admin()).contentType("application/json").body(Map.of("title", "X", "commitments", List.of()))
                .post("/api/v1/elections/" + election + "/pact-templates").then().statusCode(400);
    }

    @Test
    void rolesMethodsScopeAndEligibilityAreChecked() {
        String election = PactFixtures.election();
        String nip = PactFixtures.employee(PactFixtures.BAUBAU, "74.72");
        invalidRequest().contentType("application/json").body(self(election)).post("/api/v1/pact-signatures")
                .then().statusCode(401);
        as(Tokens.verifier()).contentType("application/json").body(self(election)).post("/api/v1/pact-signatures")
                .then().statusCode(403);
        Map<String, Object> wet = self(election);
        wet.put("method", "TANDA_TANGAN_BASAH");
        as(Tokens.asn(nip)).contentType("application/json").body(wet).post("/api/v1/pact-signatures").then()
                .statusCode(403).body("code", equalTo("PACT_METHOD_NOT_ALLOWED"));
        Map<String, Object> someoneElse = self(election);
        someoneElse.put("nip", PactFixtures.employee(PactFixtures.BAUBAU, "74.72"));
        as(Tokens.asn(nip)).contentType("application/json").body(someoneElse).post("/api/v1/pact-signatures").then()
                .statusCode(403).body("code", equalTo("EMPLOYEE_OUT_OF_SCOPE"));
        // A ppk registers only its own agency's employees, and only on paper with a ceremony.
        as(Tokens.ppk(PactFixtures.KOLAKA)).contentType("application/json").body(PactFixtures.paper(election, nip))
                .post("/api/v1/pact-signatures").then().statusCode(403).body("code", equalTo("EMPLOYEE_OUT_OF_SCOPE"));
        Map<String, Object> electronic = PactFixtures.paper(election, nip);
        electronic.put("method", "PERSETUJUAN_ELEKTRONIK");
        electronic.remove("ceremony");
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").body(electronic)
                .post("/api/v1/pact-signatures").then().statusCode(403).body("code", equalTo("PACT_METHOD_NOT_ALLOWED"));
        Map<String, Object> noCeremony = PactFixtures.paper(election, nip);
        noCeremony.remove("ceremony");
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").body(noCeremony)
                .post("/api/v1/pact-signatures").then().statusCode(400).body("errors[0].code", equalTo("REQUIRED_ONE_OF"));
        // Unknown NIP, unknown election, retired employee.
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json")
                .body(PactFixtures.paper(election, TestData.pnsNip())).post("/api/v1/pact-signatures").then()
                .statusCode(422).body("errors[0].code", equalTo("PACT_NIP_UNKNOWN"));
        as(Tokens.asn(nip)).contentType("application/json").body(self("NO-SUCH-ELECTION"))
                .post("/api/v1/pact-signatures").then().statusCode(422).body("errors[0].code", equalTo("ELECTION_UNKNOWN"));
        String retired = PactFixtures.employee(PactFixtures.BAUBAU, "74.72");
        Map<String, Object> pensiun = TestData.employee(retired, PactFixtures.BAUBAU, "74.72");
        pensiun.put("status", "PENSIUN");
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"0\"").body(pensiun)
                .put("/api/v1/employees/" + retired).then().statusCode(200);
        as(Tokens.asn(retired)).contentType("application/json").body(self(election)).post("/api/v1/pact-signatures")
                .then().statusCode(422).body("code", equalTo("PACT_SIGNER_NOT_ELIGIBLE")).body("reason", equalTo("NOT_ACTIVE"));
        invalidRequest(Tokens.asn(nip)).contentType("application/json").body(Map.of("electionCode", election, "nip", "123"))
                .post("/api/v1/pact-signatures").then().statusCode(400);

        // The ppk's paper registration with a ceremony, then the institutional pact of the agency.
        JsonPath paper = as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json")
                .body(PactFixtures.paper(election, nip)).post("/api/v1/pact-signatures").then().statusCode(201)
                .body("method", equalTo("TANDA_TANGAN_BASAH"))
                .body("ceremony.place", equalTo("Aula Kantor Wali Kota Baubau"))
                .body("ceremony.witnesses", hasSize(2))
                .extract().jsonPath();
        Map<String, Object> institution = new HashMap<>();
        institution.put("electionCode", election);
        institution.put("signerType", "INSTANSI");
        institution.put("signerName", "Wali Kota Baubau");
        institution.put("ceremonyId", paper.getString("ceremony.id"));
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").body(institution)
                .post("/api/v1/pact-signatures").then().statusCode(201)
                .body("signerType", equalTo("INSTANSI")).body("agencyCode", equalTo(PactFixtures.BAUBAU))
                .body("ceremony.id", equalTo(paper.getString("ceremony.id")));
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").body(institution)
                .post("/api/v1/pact-signatures").then().statusCode(409).body("code", equalTo("PACT_ALREADY_SIGNED"));
        as(Tokens.asn(nip)).contentType("application/json").body(Map.of("electionCode", election, "signerType", "INSTANSI"))
                .post("/api/v1/pact-signatures").then().statusCode(403).body("code", equalTo("PACT_SIGNER_TYPE_NOT_ALLOWED"));

        // Lists are scoped: a ppk of another agency sees none of these, and may not ask for them.
        as(Tokens.ppk(PactFixtures.KOLAKA)).get("/api/v1/pact-signatures?agencyCode=" + PactFixtures.BAUBAU)
                .then().statusCode(403).body("code", equalTo("AGENCY_OUT_OF_SCOPE"));
        as(Tokens.ppk(PactFixtures.KOLAKA)).get("/api/v1/pact-signatures/" + paper.getString("id")).then().statusCode(404);
        as(Tokens.bawaslu()).get("/api/v1/pact-signatures?electionCode=" + election + "&nip=" + nip
                + "&method=TANDA_TANGAN_BASAH&regionCode=74&signedFrom=" + PactFixtures.today()).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(paper.getString("id")));
        as(Tokens.bawaslu()).get("/api/v1/pact-signatures?signedFrom=2024-02-02&signedTo=2024-02-01").then()
                .statusCode(400).body("errors[0].code", equalTo("DATE_ORDER"));
        invalidRequest(Tokens.bawaslu()).get("/api/v1/pact-signatures?sort=color").then().statusCode(400);
    }

    @Test
    void idempotencyKeyReplaysTheFirstSignature() {
        String election = PactFixtures.election();
        String nip = PactFixtures.employee(PactFixtures.BAUBAU, "74.72");
        String first = as(Tokens.asn(nip)).contentType("application/json").header("Idempotency-Key", "sign-" + nip)
                .body(self(election)).post("/api/v1/pact-signatures").then().statusCode(201).extract().path("id");
        as(Tokens.asn(nip)).contentType("application/json").header("Idempotency-Key", "sign-" + nip)
                .body(self(election)).post("/api/v1/pact-signatures").then().statusCode(200).body("id", equalTo(first));
        Map<String, Object> other = self(election);
        other.put("templateVersion", 1);
        as(Tokens.asn(nip)).contentType("application/json").header("Idempotency-Key", "sign-" + nip)
                .body(other).post("/api/v1/pact-signatures").then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void coverageForSulawesiTenggaraEqualsAnIndependentCount() throws Exception {
        String election = PactFixtures.election();
        // Employees across the province (Baubau, Kolaka) and outside it (Makassar); some sign.
        List<String> baubau = PactFixtures.list(4, () -> PactFixtures.employee(PactFixtures.BAUBAU, "74.72"));
        List<String> kolaka = PactFixtures.list(3, () -> PactFixtures.employee(PactFixtures.KOLAKA, "74.01"));
        String makassar = PactFixtures.employee(PactFixtures.MAKASSAR, "73.71");
        for (String nip : List.of(baubau.get(0), baubau.get(1), kolaka.get(0), makassar)) {
            as(Tokens.asn(nip)).contentType("application/json").body(self(election)).post("/api/v1/pact-signatures")
                    .then().statusCode(201);
        }
        // One signature revoked, one signer retires afterwards, one unsigned employee moves to Kolaka.
        String revoked = as(Tokens.admin()).get("/api/v1/pact-signatures?nip=" + kolaka.get(0)).then().statusCode(200)
                .extract().path("items[0].id");
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("reason", "Salah input")).post("/api/v1/pact-signatures/" + revoked + "/revocation")
                .then().statusCode(200);
        Map<String, Object> retire = TestData.employee(baubau.get(2), PactFixtures.BAUBAU, "74.72");
        retire.put("status", "PENSIUN");
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"0\"").body(retire)
                .put("/api/v1/employees/" + baubau.get(2)).then().statusCode(200);
        Map<String, Object> move = TestData.employee(baubau.get(3), PactFixtures.KOLAKA, "74.01");
        move.put("status", "AKTIF");
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"0\"").body(move)
                .put("/api/v1/employees/" + baubau.get(3)).then().statusCode(200);

        JsonPath coverage = anonymous().get("/api/v1/elections/" + election + "/pact-coverage?groupBy=region&regionCode=74")
                .then().statusCode(200).body("regionCode", equalTo("74")).body("groupBy", equalTo("region"))
                .extract().jsonPath();
        // The independent count: straight from the register and the signatures.
        Map<String, long[]> expected = new TreeMap<>();
        long[] total = new long[2];
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement active = c.prepareStatement("SELECT region_code, COUNT(*) FROM employee "
                    + "WHERE status = 'AKTIF' AND (region_code = '74' OR region_code LIKE '74.%') GROUP BY region_code");
                 ResultSet rs = active.executeQuery()) {
                while (rs.next()) {
                    expected.computeIfAbsent(group(rs.getString(1)), k -> new long[2])[0] += rs.getLong(2);
                    total[0] += rs.getLong(2);
                }
            }
            try (PreparedStatement signed = c.prepareStatement("SELECT s.region_code, COUNT(*) FROM pact_signature s "
                    + "JOIN election e ON e.id = s.election_id WHERE e.code = ? AND s.signer_type = 'INDIVIDU' "
                    + "AND s.status = 'VALID' AND (s.region_code = '74' OR s.region_code LIKE '74.%') GROUP BY s.region_code")) {
                signed.setString(1, election);
                try (ResultSet rs = signed.executeQuery()) {
                    while (rs.next()) {
                        expected.computeIfAbsent(group(rs.getString(1)), k -> new long[2])[1] += rs.getLong(2);
                        total[1] += rs.getLong(2);
                    }
                }
            }
        }
        assertTrue(total[0] >= 6 && total[1] >= 2, "the test's own rows are in the count");
        assertEquals(total[0], coverage.getLong("total.activeEmployees"));
        assertEquals(total[1], coverage.getLong("total.signed"));
        assertEquals(Math.round(total[1] * 10000.0 / total[0]) / 100.0, coverage.getDouble("total.percentage"), 0.001);
        List<Map<String, Object>> groups = coverage.getList("groups");
        Map<String, long[]> answered = new TreeMap<>();
        for (Map<String, Object> g : groups) {
            answered.put((String) g.get("code"), new long[] {((Number) g.get("activeEmployees")).longValue(),
                    ((Number) g.get("signed")).longValue()});
        }
        assertEquals(expected.keySet(), answered.keySet());
        expected.forEach((code, figures) -> {
            assertEquals(figures[0], answered.get(code)[0], "active in " + code);
            assertEquals(figures[1], answered.get(code)[1], "signed in " + code);
        });
        assertEquals("Kota Bau Bau", coverage.getString("groups.find { it.code == '74.72' }.name"));

        anonymous().get("/api/v1/elections/" + election + "/pact-coverage?groupBy=agency&regionCode=7472").then()
                .statusCode(200).body("groups.code", org.hamcrest.Matchers.hasItem(PactFixtures.BAUBAU));
        anonymous().get("/api/v1/elections/" + election + "/pact-coverage").then().statusCode(200)
                .body("groups.code", org.hamcrest.Matchers.hasItems("73", "74"));
        invalidRequest().get("/api/v1/elections/" + election + "/pact-coverage?groupBy=color").then().statusCode(400);
        anonymous().get("/api/v1/elections/" + election + "/pact-coverage?regionCode=99").then().statusCode(422);
    }

    /** The kabupaten/kota of a code within province 74 (or the province itself). */
    private static String group(String code) {
        String[] parts = code.split("\\.");
        return parts.length == 1 ? parts[0] : parts[0] + "." + parts[1];
    }

    private long count(String sql, String param) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
