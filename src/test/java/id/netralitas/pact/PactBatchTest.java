package id.netralitas.pact;

import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.netralitas.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PactBatchTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBatchOfTenThousandNipsAnswersPerNipAndReplaysWithoutNewRows() throws Exception {
        String election = PactFixtures.election();
        // The register: 9,300 Konawe employees (100 of them retired), 200 in Kolaka; 500 NIPs nobody has.
        List<String> active = PactFixtures.list(9_200, PactFixtures::bulkNip);
        List<String> retired = PactFixtures.list(100, PactFixtures::bulkNip);
        List<String> otherAgency = PactFixtures.list(200, PactFixtures::bulkNip);
        List<String> unknown = PactFixtures.list(500, PactFixtures::bulkNip);
        List<String> rows = new ArrayList<>();
        active.forEach(n -> rows.add(PactFixtures.csvLine(n, PactFixtures.KONAWE, "74.02", "AKTIF")));
        retired.forEach(n -> rows.add(PactFixtures.csvLine(n, PactFixtures.KONAWE, "74.02", "PENSIUN")));
        otherAgency.forEach(n -> rows.add(PactFixtures.csvLine(n, PactFixtures.KOLAKA, "74.01", "AKTIF")));
        PactFixtures.importRows(rows);
        String ppk = Tokens.ppk(PactFixtures.KONAWE);

        // 300 of them signed at an earlier ceremony.
        List<String> earlier = active.subList(0, 300);
        JsonPath first = as(ppk).contentType("application/json").body(batch(election, earlier))
                .post("/api/v1/pact-signature-batches").then().statusCode(200)
                .body("signed", equalTo(300)).extract().jsonPath();
        Map<String, String> earlierIds = new HashMap<>();
        for (Map<String, Object> item : first.<Map<String, Object>>getList("items")) {
            earlierIds.put((String) item.get("nip"), (String) item.get("signatureId"));
        }

        List<String> nips = new ArrayList<>(10_000);
        nips.addAll(active);
        nips.addAll(retired);
        nips.addAll(otherAgency);
        nips.addAll(unknown);
        Collections.shuffle(nips, new Random(7));
        assertEquals(10_000, nips.size());
        long before = count("SELECT COUNT(*) FROM pact_signature");
        Map<String, Object> body = batch(election, nips);

        String key = "ceremony-konawe-" + System.nanoTime();
        JsonPath answer = as(ppk).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/pact-signature-batches").then().statusCode(200)
                .body("signed", equalTo(8_900))
                .body("alreadySigned", equalTo(300))
                .body("notEligible", equalTo(100))
                .body("otherAgency", equalTo(200))
                .body("unknownNip", equalTo(500))
                .body("agencyCode", equalTo(PactFixtures.KONAWE))
                .extract().jsonPath();
        List<Map<String, Object>> items = answer.getList("items");
        assertEquals(10_000, items.size());
        Set<String> activeSet = new HashSet<>(active);
        Set<String> retiredSet = new HashSet<>(retired);
        Set<String> otherSet = new HashSet<>(otherAgency);
        for (int i = 0; i < nips.size(); i++) {
            Map<String, Object> item = items.get(i);
            String nip = nips.get(i);
            assertEquals(nip, item.get("nip"), "items follow the request's order");
            String expected = earlierIds.containsKey(nip) ? "ALREADY_SIGNED" : activeSet.contains(nip) ? "SIGNED"
                    : retiredSet.contains(nip) ? "NOT_ELIGIBLE" : otherSet.contains(nip) ? "OTHER_AGENCY" : "UNKNOWN_NIP";
            assertEquals(expected, item.get("status"), "status of " + nip);
            if (expected.equals("ALREADY_SIGNED")) {
                assertEquals(earlierIds.get(nip), item.get("signatureId"));
            } else if (expected.equals("SIGNED")) {
                assertNotNull(item.get("verificationCode"));
            } else {
                assertNull(item.get("signatureId"));
            }
        }
        assertEquals(before + 8_900, count("SELECT COUNT(*) FROM pact_signature"));
        assertEquals(8_900, count("SELECT COUNT(*) FROM pact_signature_event e JOIN pact_signature s ON s.id = e.signature_id "
                + "JOIN pact_ceremony c ON c.id = s.ceremony_id WHERE c.public_id = '" + answer.getString("ceremonyId") + "'"));

        // The same key and body: the same answer, and no new rows (signatures or ceremonies).
        long ceremonies = count("SELECT COUNT(*) FROM pact_ceremony");
        JsonPath replay = as(ppk).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/pact-signature-batches").then().statusCode(200).extract().jsonPath();
        assertEquals(answer.prettify(), replay.prettify());
        assertEquals(before + 8_900, count("SELECT COUNT(*) FROM pact_signature"));
        assertEquals(ceremonies, count("SELECT COUNT(*) FROM pact_ceremony"));
        // Without the key, the same list is now all ALREADY_SIGNED for the agency's active employees.
        as(ppk).contentType("application/json").body(body).post("/api/v1/pact-signature-batches").then().statusCode(200)
                .body("signed", equalTo(0)).body("alreadySigned", equalTo(9_200));
        assertEquals(before + 8_900, count("SELECT COUNT(*) FROM pact_signature"));
        // The same key with another body is refused.
        as(ppk).contentType("application/json").header("Idempotency-Key", key).body(batch(election, earlier))
                .post("/api/v1/pact-signature-batches").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void batchesAreCheckedForSizeRoleScopeAndCeremony() {
        String election = PactFixtures.election();
        List<String> tooMany = PactFixtures.list(10_001, PactFixtures::bulkNip);
        invalidRequest(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").body(batch(election, tooMany))
                .post("/api/v1/pact-signature-batches").then().statusCode(400);
        invalidRequest(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json")
                .body(batch(election, List.of("12345"))).post("/api/v1/pact-signature-batches").then().statusCode(400);
        as(Tokens.asn(PactFixtures.bulkNip())).contentType("application/json").body(batch(election, List.of(PactFixtures.bulkNip())))
                .post("/api/v1/pact-signature-batches").then().statusCode(403);
        invalidRequest().contentType("application/json").body(batch(election, List.of(PactFixtures.bulkNip())))
                .post("/api/v1/pact-signature-batches").then().statusCode(401);
        Map<String, Object> other = batch(election, List.of(PactFixtures.bulkNip()));
        other.put("agencyCode", PactFixtures.KOLAKA);
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").body(other)
                .post("/api/v1/pact-signature-batches").then().statusCode(403).body("code", equalTo("AGENCY_OUT_OF_SCOPE"));
        Map<String, Object> noAgency = batch(election, List.of(PactFixtures.bulkNip()));
        as(Tokens.admin()).contentType("application/json").body(noAgency)
                .post("/api/v1/pact-signature-batches").then().statusCode(400).body("errors[0].field", equalTo("agencyCode"));
        Map<String, Object> noCeremony = batch(election, List.of(PactFixtures.bulkNip()));
        noCeremony.remove("ceremony");
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").body(noCeremony)
                .post("/api/v1/pact-signature-batches").then().statusCode(400).body("errors[0].code", equalTo("REQUIRED_ONE_OF"));
        Map<String, Object> beforeTemplate = batch(election, List.of(PactFixtures.bulkNip()));
        Map<String, Object> ceremony = PactFixtures.ceremony();
        ceremony.put("date", PactFixtures.today().minusYears(5).toString());
        beforeTemplate.put("ceremony", ceremony);
        as(Tokens.ppk(PactFixtures.BAUBAU)).contentType("application/json").body(beforeTemplate)
                .post("/api/v1/pact-signature-batches").then().statusCode(409).body("code", equalTo("PACT_TEMPLATE_NOT_AVAILABLE"));
    }

    private static Map<String, Object> batch(String election, List<String> nips) {
        Map<String, Object> body = new HashMap<>();
        body.put("electionCode", election);
        body.put("ceremony", PactFixtures.ceremony());
        body.put("nips", nips);
        return body;
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
