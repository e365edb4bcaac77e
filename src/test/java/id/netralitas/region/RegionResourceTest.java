package id.netralitas.region;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegionResourceTest {

    @Test
    void seededLevelsHaveTheOfficialCounts() {
        anonymous().get("/api/v1/regions?level=PROVINSI").then().statusCode(200)
                .body("totalItems", equalTo(38)).body("items", hasSize(20)).body("totalPages", equalTo(2));
        anonymous().get("/api/v1/regions?level=KABUPATEN").then().statusCode(200).body("totalItems", equalTo(416));
        anonymous().get("/api/v1/regions?level=KOTA").then().statusCode(200).body("totalItems", equalTo(98));
    }

    @Test
    void aRegionIsFoundByDottedOrCompactCode() {
        for (String code : List.of("74.71", "7471")) {
            anonymous().get("/api/v1/regions/" + code).then().statusCode(200)
                    .body("code", equalTo("74.71"))
                    .body("name", equalTo("Kota Kendari"))
                    .body("level", equalTo("KOTA"))
                    .body("parentCode", equalTo("74"));
        }
        anonymous().get("/api/v1/regions/96").then().statusCode(200)
                .body("name", equalTo("Papua Barat Daya")).body("level", equalTo("PROVINSI"))
                .body("$", not(org.hamcrest.Matchers.hasKey("parentCode")));
    }

    @Test
    void unknownAndMalformedCodesAreProblems() {
        anonymous().get("/api/v1/regions/74.99").then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("REGION_NOT_FOUND"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No region has the code 74.99."))
                .body("instance", equalTo("/api/v1/regions/74.99"));
        invalidRequest().get("/api/v1/regions/abc").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].code", equalTo("REGION_CODE_INVALID"));
    }

    @Test
    void childrenOfAProvinceMatchTheOfficialFile() throws IOException {
        long expected = countRowsWithParent("74");
        anonymous().get("/api/v1/regions/74/children?size=100").then().statusCode(200)
                .body("totalItems", equalTo((int) expected))
                .body("items.parentCode", everyItem(equalTo("74")))
                .body("items.code", hasItem("74.71"))
                .body("items.code", hasItem("74.13"));
        anonymous().get("/api/v1/regions?parentCode=7471011001&size=1").then().statusCode(200)
                .body("totalItems", equalTo(0));
        anonymous().get("/api/v1/regions/7499/children").then().statusCode(404)
                .body("code", equalTo("REGION_NOT_FOUND"));
    }

    @Test
    void nameSearchIsCaseInsensitiveAndLiteral() {
        // Other tests may import kecamatan named Kendari; the level filter keeps this one independent.
        anonymous().queryParam("q", "KENDARI").queryParam("level", "KOTA").get("/api/v1/regions").then().statusCode(200)
                .body("items.name", contains("Kota Kendari"));
        anonymous().queryParam("q", "muna").queryParam("parentCode", "74").get("/api/v1/regions").then().statusCode(200)
                .body("items.name", contains("Kabupaten Muna", "Kabupaten Muna Barat"));
        anonymous().queryParam("q", "%").get("/api/v1/regions").then().statusCode(200)
                .body("totalItems", equalTo(0));
        anonymous().queryParam("q", "_").get("/api/v1/regions").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void sortingAndPaging() {
        anonymous().get("/api/v1/regions?level=PROVINSI&sort=-code&size=3").then().statusCode(200)
                .body("items.code", contains("96", "95", "94"));
        anonymous().get("/api/v1/regions?level=PROVINSI&sort=name&size=2&page=1").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.name", contains("Banten", "Bengkulu"));
        anonymous().get("/api/v1/regions?level=PROVINSI&page=5&size=10").then().statusCode(200)
                .body("items", hasSize(0)).body("totalItems", equalTo(38));
    }

    @Test
    void badQueryParametersAre400Problems() {
        invalidRequest().get("/api/v1/regions?size=1000").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("size"))
                .body("errors[0].code", equalTo("MAX"));
        invalidRequest().get("/api/v1/regions?page=-1").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("page"));
        invalidRequest().get("/api/v1/regions?level=NEGARA").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
        invalidRequest().get("/api/v1/regions?page=abc").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("page"));
        invalidRequest().get("/api/v1/regions?sort=population").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].code", equalTo("SORT_FIELD_UNKNOWN"))
                .body("allowedValues", contains("code", "name", "level"));
        invalidRequest().get("/api/v1/regions?parentCode=x1").then().statusCode(400)
                .body("errors[0].field", equalTo("parentCode"))
                .body("errors[0].code", equalTo("REGION_CODE_INVALID"));
        invalidRequest().queryParam("q", "x".repeat(101)).get("/api/v1/regions").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void problemsSpeakIndonesianWhenAsked() {
        invalidRequest().header("Accept-Language", "id-ID,id;q=0.9,en;q=0.5").get("/api/v1/regions?size=1000")
                .then().statusCode(400)
                .body("title", equalTo("Permintaan tidak valid"))
                .body("detail", startsWith("Satu atau lebih field"))
                .body("errors[0].message", equalTo("harus kurang dari atau sama dengan 100"));
        anonymous().header("Accept-Language", "id").get("/api/v1/regions/74.99").then().statusCode(404)
                .body("title", equalTo("Wilayah tidak ditemukan"))
                .body("detail", equalTo("Tidak ada wilayah dengan kode 74.99."));
        anonymous().header("Accept-Language", "en").get("/api/v1/regions/74.99").then().statusCode(404)
                .body("title", equalTo("Region not found"));
    }

    @Test
    void wrongMethodAndUnknownPathAreProblems() {
        invalidRequest().contentType("application/json").body("{}").put("/api/v1/regions/74").then().statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"))
                .header("Allow", org.hamcrest.Matchers.containsString("GET"));
        invalidRequest().delete("/api/v1/regions").then().statusCode(405)
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
        invalidRequest().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("RESOURCE_NOT_FOUND"));
        invalidRequest().header("Accept", "application/xml").get("/api/v1/regions/74").then().statusCode(406)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void everyResponseCarriesARequestId() {
        anonymous().header("X-Request-Id", "trace-12345678").get("/api/v1/regions/74").then().statusCode(200)
                .header("X-Request-Id", equalTo("trace-12345678"));
        String generated = anonymous().header("X-Request-Id", "bad id with spaces").get("/api/v1/regions/74")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertEquals(36, generated.length(), "a fresh UUID replaces an unsafe request id");
    }

    private static long countRowsWithParent(String parent) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(
                RegionResourceTest.class.getClassLoader().getResourceAsStream("regions/regions.csv"),
                StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> line.endsWith("," + parent)).count();
        }
    }
}
