package id.netralitas.regulation;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ViolationTypeResourceTest {

    private static final String ETHICS = "KE-01,KE-02,KE-03,KE-04,KE-05,KE-06,KE-07";

    @Test
    void theEthicsCategoryHasTheSevenTypesOfTheSkb2022Annex() {
        anonymous().get("/api/v1/violation-types?category=KODE_ETIK").then().statusCode(200)
                .body("totalItems", equalTo(7))
                .body("items.code", contains(ETHICS.split(",")))
                .body("items.version", everyItem(equalTo(2)))
                .body("items.sourceRegulationCode", everyItem(equalTo("SKB-2022")))
                .body("items.defaultSanctionLevel", everyItem(equalTo("MORAL")))
                .body("items.candidatePhases", everyItem(contains("BAKAL_CALON")));
        anonymous().get("/api/v1/violation-types?category=DISIPLIN&size=50").then().statusCode(200)
                .body("totalItems", equalTo(13))
                .body("items.code", hasItems("D-01", "D-06", "D-13"));
    }

    @Test
    void incidentsIn2020UseTheSkb2020Versions() {
        anonymous().get("/api/v1/violation-types?category=KODE_ETIK&validOn=2020-10-10").then().statusCode(200)
                .body("items.code", contains(ETHICS.split(",")))
                .body("items.version", everyItem(equalTo(1)))
                .body("items.sourceRegulationCode", everyItem(equalTo("SKB-2020")))
                .body("items.validTo", everyItem(equalTo("2022-09-21")));
        anonymous().get("/api/v1/violation-types/D-06?validOn=2020-10-10").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("legalBasis.regulationCode", hasItem("PP-53-2010"))
                .body("legalBasis.regulationCode", not(hasItem("PP-94-2021")))
                .body("note", org.hamcrest.Matchers.containsString("SKB 2020 annex wording not verified"));
        // Before SKB 2020 no annex type applies; the election-law crimes do.
        anonymous().get("/api/v1/violation-types?validOn=2019-04-17").then().statusCode(200)
                .body("items.code", contains("PID-01", "PID-02"));
    }

    @Test
    void aTypeCarriesItsLevelsPhasesAndLegalBasis() {
        anonymous().get("/api/v1/violation-types/D-06").then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("category", equalTo("DISIPLIN"))
                .body("defaultSanctionLevel", equalTo("BERAT"))
                .body("allowedSanctionLevels", contains("BERAT"))
                .body("candidatePhases", contains("CALON"))
                .body("legalBasis.citation", hasItems("PP 94/2021 Pasal 5 huruf n", "PP 94/2021 Pasal 14 huruf i",
                        "UU 20/2023 Pasal 9 ayat (2)"))
                .body("sourceCitation", equalTo("SKB 2022"))
                .body("validFrom", equalTo("2022-09-22"));
        anonymous().get("/api/v1/violation-types/D-08").then().statusCode(200)
                .body("defaultSanctionLevel", equalTo("BERAT"))
                .body("note", org.hamcrest.Matchers.containsString("Conflict"));
        anonymous().get("/api/v1/violation-types/D-13").then().statusCode(200)
                .body("defaultSanctionLevel", nullValue())
                .body("allowedSanctionLevels", contains("RINGAN", "SEDANG", "BERAT", "PTDH"));
        anonymous().get("/api/v1/violation-types/D-05").then().statusCode(200)
                .body("allowedSanctionLevels", contains("PTDH"))
                .body("candidatePhases", contains("BAKAL_CALON", "CALON"));
        anonymous().get("/api/v1/violation-types/D-06/versions").then().statusCode(200)
                .body("items.version", contains(1, 2))
                .body("items.validFrom", contains("2020-09-10", "2022-09-22"));
        anonymous().get("/api/v1/violation-types/D-06?version=1").then().statusCode(200)
                .body("sourceRegulationCode", equalTo("SKB-2020"));
    }

    @Test
    void filtersByPhaseAndText() {
        anonymous().get("/api/v1/violation-types?phase=BAKAL_CALON&category=DISIPLIN").then().statusCode(200)
                .body("items.code", contains("D-03", "D-05", "D-09", "D-11", "D-13"));
        anonymous().queryParam("q", "MEDIA SOSIAL").get("/api/v1/violation-types").then().statusCode(200)
                .body("items.code", contains("D-02", "KE-02"));
        anonymous().queryParam("q", "%").get("/api/v1/violation-types").then().statusCode(200).body("totalItems", equalTo(0));
        anonymous().get("/api/v1/violation-types?category=PIDANA_PEMILU").then().statusCode(200)
                .body("items.code", contains("PID-01", "PID-02"));
    }

    @Test
    void unknownCodesDatesAndVersionsAreProblems() {
        anonymous().get("/api/v1/violation-types/D-99").then().statusCode(404)
                .body("code", equalTo("VIOLATION_TYPE_NOT_FOUND"));
        anonymous().get("/api/v1/violation-types/D-06?validOn=2019-01-01").then().statusCode(404)
                .body("code", equalTo("CATALOGUE_NOT_VALID_ON_DATE"))
                .body("detail", equalTo("D-06 has no version valid on 2019-01-01; see its versions."));
        anonymous().get("/api/v1/violation-types/D-06?version=9").then().statusCode(404)
                .body("code", equalTo("CATALOGUE_VERSION_NOT_FOUND"));
        anonymous().get("/api/v1/violation-types/D-99/versions").then().statusCode(404);
        invalidRequest().get("/api/v1/violation-types/d-06").then().statusCode(400)
                .body("errors[0].code", equalTo("CODE_INVALID"));
        invalidRequest().get("/api/v1/violation-types/D-06?version=1&validOn=2020-10-10").then().statusCode(400)
                .body("errors.field", contains("validOn", "version"))
                .body("errors[0].code", equalTo("EXCLUSIVE_PARAMETERS"));
        invalidRequest().get("/api/v1/violation-types/D-06?version=0").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        invalidRequest().get("/api/v1/violation-types?validOn=10-10-2020").then().statusCode(400)
                .body("errors[0].field", equalTo("validOn")).body("errors[0].code", equalTo("DATE_INVALID"));
        invalidRequest().get("/api/v1/violation-types?category=ETIKA").then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
        invalidRequest().get("/api/v1/violation-types?phase=CALON_TETAP").then().statusCode(400)
                .body("errors[0].field", equalTo("phase"));
    }

    @Test
    void anAdminChangeAddsAVersionAndNeverRewritesTheOldOne() {
        String admin = Tokens.admin();
        String code = "T-" + ThreadLocalRandom.current().nextInt(1000, 10000);
        String create = body(code, "Versi pertama", "BERAT", "2023-01-01", "PP-94-2021", "14", "i");
        invalidRequest().contentType("application/json").body(create).post("/api/v1/violation-types").then().statusCode(401);
        as(Tokens.verifier()).contentType("application/json").body(create).post("/api/v1/violation-types").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(admin).contentType("application/json").body(create).post("/api/v1/violation-types").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/violation-types/" + code + "?version=1"))
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("legalBasis[0].citation", equalTo("PP 94/2021 Pasal 14 huruf i"));
        as(admin).contentType("application/json").body(create).post("/api/v1/violation-types").then().statusCode(409)
                .body("code", equalTo("CATALOGUE_CODE_EXISTS"));

        String change = body(null, "Versi kedua", "SEDANG", "2025-01-01", "PP-94-2021", "13", null);
        invalidRequest().contentType("application/json").body(change).put("/api/v1/violation-types/" + code).then()
                .statusCode(401);
        as(Tokens.bawaslu()).contentType("application/json").header("If-Match", "\"1\"").body(change)
                .put("/api/v1/violation-types/" + code).then().statusCode(403);
        as(admin).contentType("application/json").body(change).put("/api/v1/violation-types/" + code).then()
                .statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
        as(admin).contentType("application/json").header("If-Match", "\"2\"").body(change)
                .put("/api/v1/violation-types/" + code).then().statusCode(412);
        as(admin).contentType("application/json").header("If-Match", "\"1\"")
                .body(body(null, "Terlalu awal", "SEDANG", "2023-01-01", "PP-94-2021", "13", null))
                .put("/api/v1/violation-types/" + code).then().statusCode(409)
                .body("code", equalTo("CATALOGUE_VALID_FROM_TOO_EARLY"))
                .body("currentVersion", equalTo(1)).body("currentValidFrom", equalTo("2023-01-01"));
        as(admin).contentType("application/json").header("If-Match", "\"1\"").body(change)
                .put("/api/v1/violation-types/" + code).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("version", equalTo(2)).body("descriptionId", equalTo("Versi kedua"))
                .body("validFrom", equalTo("2025-01-01"));

        // The old version is intact, only closed the day before its successor starts.
        anonymous().get("/api/v1/violation-types/" + code + "?version=1").then().statusCode(200)
                .body("descriptionId", equalTo("Versi pertama"))
                .body("defaultSanctionLevel", equalTo("BERAT"))
                .body("validFrom", equalTo("2023-01-01"))
                .body("validTo", equalTo("2024-12-31"));
        anonymous().get("/api/v1/violation-types/" + code + "?validOn=2024-12-31").then().statusCode(200)
                .body("version", equalTo(1));
        anonymous().get("/api/v1/violation-types/" + code + "?validOn=2025-01-01").then().statusCode(200)
                .body("version", equalTo(2)).body("defaultSanctionLevel", equalTo("SEDANG"));
        anonymous().get("/api/v1/violation-types/" + code + "/versions").then().statusCode(200)
                .body("items.version", contains(1, 2))
                .body("items.validTo", contains("2024-12-31", null));
        // A change based on the old version is stale.
        as(admin).contentType("application/json").header("If-Match", "\"1\"")
                .body(body(null, "Versi ketiga", "SEDANG", "2026-01-01", "PP-94-2021", "13", null))
                .put("/api/v1/violation-types/" + code).then().statusCode(412).body("currentETag", equalTo("\"2\""));
        as(admin).contentType("application/json").header("If-Match", "\"2\"").body(change)
                .put("/api/v1/violation-types/NO-SUCH-1").then().statusCode(404);
    }

    @Test
    void badCataloguePayloadsAre4xxProblems() {
        String admin = Tokens.admin();
        String code = "T-" + ThreadLocalRandom.current().nextInt(10000, 99999);
        as(admin).contentType("application/json").body(body(code, "x", "BERAT", "2023-01-01", "PP-94-2021", "99", null))
                .post("/api/v1/violation-types").then().statusCode(422)
                .body("errors[0].field", equalTo("legalBasis[0].pasal"))
                .body("errors[0].code", equalTo("ARTICLE_UNKNOWN"))
                .body("errors[0].message", equalTo("PP-94-2021 has no recorded article Pasal 99"));
        as(admin).contentType("application/json").body(body(code, "x", "BERAT", "2023-01-01", "PP-1-1900", "1", null))
                .post("/api/v1/violation-types").then().statusCode(422)
                .body("errors[0].field", equalTo("legalBasis[0].regulationCode"))
                .body("errors[0].code", equalTo("REGULATION_UNKNOWN"));
        as(admin).contentType("application/json")
                .body(body(code, "x", "BERAT", "2023-01-01", "PP-94-2021", "14", "i").replace("SKB-2022", "SKB-1999"))
                .post("/api/v1/violation-types").then().statusCode(422)
                .body("errors[0].field", equalTo("sourceRegulationCode"));
        as(admin).contentType("application/json")
                .body(body(code, "x", "MORAL", "2023-01-01", "PP-94-2021", "14", "i"))
                .post("/api/v1/violation-types").then().statusCode(400)
                .body("errors[0].code", equalTo("DEFAULT_LEVEL_NOT_ALLOWED"));
        as(admin).contentType("application/json")
                .body(body(code, "x", "BERAT", "2023-01-01", "PP-94-2021", "14", "i").replace("\"note\":\"test\"", "\"validTo\":\"2022-01-01\",\"note\":\"test\""))
                .post("/api/v1/violation-types").then().statusCode(400)
                .body("errors[0].field", equalTo("validTo")).body("errors[0].code", equalTo("DATE_ORDER"));
        invalidRequest(admin).contentType("application/json")
                .body(body(code, "x", "BERAT", "2023-01-01", "PP-94-2021", "14", "I"))
                .post("/api/v1/violation-types").then().statusCode(400)
                .body("errors[0].field", equalTo("legalBasis[0].huruf"));
        invalidRequest(admin).contentType("application/json")
                .body(body(code, "x", "BERAT", "2023-01-01", "PP-94-2021", "14", "i").replace("\"CALON\"", "\"SEMUA\""))
                .post("/api/v1/violation-types").then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
        invalidRequest(admin).contentType("application/json")
                .body(body(code.toLowerCase(), "x", "BERAT", "2023-01-01", "PP-94-2021", "14", "i"))
                .post("/api/v1/violation-types").then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        invalidRequest(admin).contentType("application/json")
                .body(body(code, "x", "BERAT", "2023-01-01", "PP-94-2021", "14", "i").replace("\"category\"", "\"kategori\""))
                .post("/api/v1/violation-types").then().statusCode(400)
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        anonymous().get("/api/v1/violation-types/" + code).then().statusCode(404);
    }

    static String body(String code, String descriptionId, String level, String validFrom, String regulation, String pasal,
                       String huruf) {
        return """
                {%s"category":"LAINNYA","descriptionId":"%s","descriptionEn":"Test type","candidatePhases":["CALON"],
                 "defaultSanctionLevel":"%s","allowedSanctionLevels":["SEDANG","BERAT"],
                 "legalBasis":[{"regulationCode":"%s","pasal":"%s"%s}],"sourceRegulationCode":"SKB-2022",
                 "validFrom":"%s","note":"test"}"""
                .formatted(code == null ? "" : "\"code\":\"" + code + "\",", descriptionId, level, regulation, pasal,
                        huruf == null ? "" : ",\"huruf\":\"" + huruf + "\"", validFrom);
    }
}
