package id.netralitas.agency;

import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An agency's units as a tree: written by an admin or the agency's own ppk, read by any signed-in role,
 * listed top down; a move carries the subtree and never goes under itself; bad input changes nothing.
 * On two seeded kabupaten governments (74.13, 74.12) that no other test gives units.
 */
@QuarkusTest
class AgencyUnitHttpTest {

    private static Map<String, Object> unit(String code, String name, String kind, String parentCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        return body;
    }

    private static ValidatableResponse create(String token, String agency, Map<String, Object> body) {
        return (token == null ? invalidRequest() : invalidRequest(token)).contentType("application/json").body(body)
                .post("/api/v1/agencies/" + agency + "/units").then();
    }

    private static String etag(String agency, String code) {
        return as(Tokens.admin()).get("/api/v1/agencies/" + agency + "/units/" + code).then().statusCode(200)
                .extract().header("ETag");
    }

    @Test
    void theAgencysPpkBuildsItsTreeAndMovesABranch() {
        String agency = "KAB-74.13";
        String ppk = Tokens.ppk(agency);
        create(Tokens.admin(), agency, unit("SETDA", "Sekretariat Daerah", "SEKRETARIAT", null)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/agencies/" + agency + "/units/SETDA"))
                .body("depth", equalTo(0)).body("parentCode", nullValue());
        create(ppk, agency, unit("BAG-HUKUM", "Bagian Hukum", "BAGIAN", "SETDA")).statusCode(201)
                .body("depth", equalTo(1)).body("parentCode", equalTo("SETDA"));
        create(ppk, agency, unit("DISDIK", "Dinas Pendidikan dan Kebudayaan", "DINAS", null)).statusCode(201);
        Map<String, Object> school = unit("SDN-1", "SD Negeri 1 Laworo", "SEKOLAH", "DISDIK");
        school.put("regionCode", "74.13");
        create(ppk, agency, school).statusCode(201).body("regionCode", equalTo("74.13"));

        // Anyone signed in reads the tree top down.
        as(Tokens.asn("199001012015031001")).get("/api/v1/agencies/" + agency + "/units").then().statusCode(200)
                .body("items.code", contains("DISDIK", "SDN-1", "SETDA", "BAG-HUKUM"))
                .body("items.depth", contains(0, 1, 0, 1));
        as(Tokens.bawaslu()).get("/api/v1/agencies/" + agency + "/units?kind=SEKOLAH").then().statusCode(200)
                .body("items.code", contains("SDN-1"));

        // The dinas moves under the secretariat with its school.
        Map<String, Object> moved = unit("DISDIK", "Dinas Pendidikan dan Kebudayaan", "DINAS", "SETDA");
        as(ppk).header("If-Match", etag(agency, "DISDIK")).contentType("application/json").body(moved)
                .put("/api/v1/agencies/" + agency + "/units/DISDIK").then().statusCode(200)
                .body("parentCode", equalTo("SETDA")).body("depth", equalTo(1));
        as(Tokens.admin()).get("/api/v1/agencies/" + agency + "/units?under=SETDA").then().statusCode(200)
                .body("items.code", contains("SETDA", "BAG-HUKUM", "DISDIK", "SDN-1"))
                .body("items.depth", contains(0, 1, 1, 2));

        // Never under itself or its own branch.
        String before = etag(agency, "SETDA");
        create(Tokens.admin(), agency, unit("X", "x", "LAINNYA", null)).statusCode(201);
        as(ppk).header("If-Match", before).contentType("application/json")
                .body(unit("SETDA", "Sekretariat Daerah", "SEKRETARIAT", "SDN-1"))
                .put("/api/v1/agencies/" + agency + "/units/SETDA").then().statusCode(400)
                .body("errors[0].field", equalTo("parentCode")).body("errors[0].code", equalTo("UNIT_CYCLE"));
        as(Tokens.admin()).get("/api/v1/agencies/" + agency + "/units/SETDA").then().header("ETag", equalTo(before))
                .body("parentCode", nullValue());
    }

    @Test
    void outsidersAndBadInputAreRefusedAndChangeNothing() {
        String agency = "KAB-74.12";
        String ppk = Tokens.ppk(agency);
        create(ppk, agency, unit("DINKES", "Dinas Kesehatan", "DINAS", null)).statusCode(201);

        create(Tokens.ppk("KOTA-74.71"), agency, unit("DISHUB", "Dinas Perhubungan", "DINAS", null)).statusCode(403)
                .body("code", equalTo("AGENCY_OUT_OF_SCOPE"));
        create(Tokens.bawaslu(), agency, unit("DISHUB", "Dinas Perhubungan", "DINAS", null)).statusCode(403);
        create(null, agency, unit("DISHUB", "Dinas Perhubungan", "DINAS", null)).statusCode(401);
        create(ppk, agency, unit("DINKES", "Dinas Kesehatan lagi", "DINAS", null)).statusCode(409)
                .body("code", equalTo("UNIT_EXISTS"));
        create(ppk, agency, unit("PKM-1", "Puskesmas Laworo", "PUSKESMAS", "DINSOS")).statusCode(422)
                .body("errors[0].field", equalTo("parentCode")).body("errors[0].code", equalTo("UNIT_UNKNOWN"));
        Map<String, Object> elsewhere = unit("PKM-2", "Puskesmas Mandonga", "PUSKESMAS", "DINKES");
        elsewhere.put("regionCode", "74.71");
        create(ppk, agency, elsewhere).statusCode(400).body("errors[0].code", equalTo("REGION_OUTSIDE_AGENCY"));
        create(ppk, agency, unit("bukan kode", "Dinas", "DINAS", null)).statusCode(400);
        create(ppk, "TIDAK-ADA", unit("DINKES", "Dinas Kesehatan", "DINAS", null)).statusCode(404);
        as(Tokens.admin()).get("/api/v1/agencies/" + agency + "/units").then().body("items.code", contains("DINKES"));
        as(Tokens.admin()).get("/api/v1/agencies/" + agency + "/units/DISHUB").then().statusCode(404)
                .body("code", equalTo("UNIT_NOT_FOUND"));

        // Replacing needs the current ETag, and keeps the code.
        String etag = etag(agency, "DINKES");
        as(ppk).contentType("application/json").body(unit("DINKES", "Dinas Kesehatan", "DINAS", null))
                .put("/api/v1/agencies/" + agency + "/units/DINKES").then().statusCode(428);
        as(ppk).header("If-Match", "\"99\"").contentType("application/json").body(unit("DINKES", "Dinas Kesehatan", "DINAS", null))
                .put("/api/v1/agencies/" + agency + "/units/DINKES").then().statusCode(412);
        as(ppk).header("If-Match", etag).contentType("application/json").body(unit("DINKES-2", "Dinas Kesehatan", "DINAS", null))
                .put("/api/v1/agencies/" + agency + "/units/DINKES").then().statusCode(400)
                .body("errors[0].code", equalTo("UNIT_CODE_IMMUTABLE"));
        as(Tokens.admin()).get("/api/v1/agencies/" + agency + "/units/DINKES").then().header("ETag", equalTo(etag))
                .body("name", equalTo("Dinas Kesehatan"));

        // At most eight levels.
        String parent = "DINKES";
        for (int level = 1; level < AgencyUnitService.MAX_DEPTH; level++) {
            create(ppk, agency, unit("L" + level, "Tingkat " + level, "LAINNYA", parent)).statusCode(201)
                    .body("depth", equalTo(level));
            parent = "L" + level;
        }
        create(ppk, agency, unit("TERLALU-DALAM", "Terlalu dalam", "LAINNYA", parent)).statusCode(400)
                .body("errors[0].code", equalTo("UNIT_TOO_DEEP"));
    }
}
