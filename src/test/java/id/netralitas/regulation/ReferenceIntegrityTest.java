package id.netralitas.regulation;

import static id.netralitas.testsupport.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.csv.CsvReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Walks every legal reference of every seeded catalogue entry (all versions), election and deadline
 * rule through the API and checks that it resolves to a seeded regulation or article whose citation
 * and summary it repeats.
 */
@QuarkusTest
class ReferenceIntegrityTest {

    @Test
    void everyViolationTypeReferenceResolvesToASeededArticle() throws IOException {
        int walked = 0;
        for (String code : seededCodes("reference/violation-types.csv")) {
            List<Map<String, Object>> versions = anonymous().get("/api/v1/violation-types/" + code + "/versions")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertFalse(versions.isEmpty(), code);
            for (Map<String, Object> version : versions) {
                String source = (String) version.get("sourceRegulationCode");
                anonymous().get("/api/v1/regulations/" + source).then().statusCode(200);
                for (Map<String, Object> ref : refs(version)) {
                    assertTrue(ref.containsKey("pasal"), code + " cites a whole regulation: " + ref);
                    walk(code, ref);
                    walked++;
                }
            }
        }
        assertTrue(walked >= 80, "references walked: " + walked);
    }

    @Test
    void everySanctionAuthorityAndElectionReferenceResolves() throws IOException {
        int walked = 0;
        for (String code : seededCodes("reference/sanctions.csv")) {
            for (Map<String, Object> version : versions("/api/v1/sanctions/" + code + "/versions")) {
                List<Map<String, Object>> refs = refs(version);
                assertFalse(refs.isEmpty(), code + " has a legal basis");
                for (Map<String, Object> ref : refs) {
                    walk(code, ref);
                    walked++;
                }
            }
        }
        for (String code : seededCodes("reference/authorities.csv")) {
            for (Map<String, Object> version : versions("/api/v1/authorities/" + code + "/versions")) {
                for (Map<String, Object> ref : refs(version)) {
                    walk(code, ref);
                    walked++;
                }
            }
        }
        for (String code : List.of("PEMILU-2024", "PILKADA-2024")) {
            JsonPath election = anonymous().get("/api/v1/elections/" + code).then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> ref : election.<Map<String, Object>>getList("legalBasis")) {
                walk(code, ref);
                walked++;
            }
            for (Map<String, Object> rule : election.<Map<String, Object>>getList("deadlineRules")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> ref = (Map<String, Object>) rule.get("legalBasis");
                if (ref != null) {
                    walk(code + " " + rule.get("kind"), ref);
                    walked++;
                } else {
                    assertTrue(String.valueOf(rule.get("note")).contains("[U]"),
                            code + " " + rule.get("kind") + " has no legal basis, so its note must say why");
                }
            }
        }
        assertTrue(walked >= 40, "references walked: " + walked);
    }

    private static void walk(String owner, Map<String, Object> ref) {
        String regulation = (String) ref.get("regulationCode");
        if (ref.get("pasal") == null) {
            JsonPath r = anonymous().get("/api/v1/regulations/" + regulation).then().statusCode(200).extract().jsonPath();
            assertEquals(r.getString("citation"), ref.get("citation"), owner);
            return;
        }
        String key = LegalReference.articleKey((String) ref.get("pasal"), (String) ref.get("ayat"), (String) ref.get("huruf"),
                (String) ref.get("angka"));
        JsonPath article = anonymous().get("/api/v1/regulations/" + regulation + "/articles/" + key).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(article.getString("citation"), ref.get("citation"), owner + " " + key);
        assertEquals(article.getString("summary"), ref.get("summary"), owner + " " + key);
    }

    private static List<Map<String, Object>> versions(String path) {
        return anonymous().get(path).then().statusCode(200).extract().jsonPath().getList("items");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> refs(Map<String, Object> entry) {
        Object refs = entry.get("legalBasis");
        return refs == null ? List.of() : (List<Map<String, Object>>) refs;
    }

    private static Set<String> seededCodes(String resource) throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        try (InputStream in = ReferenceIntegrityTest.class.getClassLoader().getResourceAsStream(resource);
             CsvReader csv = CsvReader.utf8(in)) {
            csv.next();
            List<String> row;
            while ((row = csv.next()) != null) {
                codes.add(row.get(0));
            }
        }
        assertFalse(codes.isEmpty(), resource);
        return codes;
    }
}
