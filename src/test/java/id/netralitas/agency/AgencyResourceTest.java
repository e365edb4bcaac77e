package id.netralitas.agency;

import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgencyResourceTest {

    @Test
    void everyProvinceAndKabupatenKotaHasItsGovernment() {
        String token = Tokens.asn("199705262022031008");
        as(token).get("/api/v1/agencies?type=PROVINSI").then().statusCode(200).body("totalItems", equalTo(38));
        as(token).get("/api/v1/agencies?type=KABUPATEN_KOTA").then().statusCode(200).body("totalItems", equalTo(514));
        as(token).get("/api/v1/agencies?type=PUSAT&size=100").then().statusCode(200)
                .body("items.code", hasItems("BKN", "KEMENPAN-RB", "KEMENDAGRI", "BAWASLU"));
        as(token).get("/api/v1/agencies/KAB-16.04").then().statusCode(200)
                .body("name", equalTo("Pemerintah Kabupaten Lahat"))
                .body("ppkTitle", equalTo("Bupati Lahat")).body("type", equalTo("KABUPATEN_KOTA"))
                .body("regionCode", equalTo("16.04"));
        as(token).get("/api/v1/agencies/kota-74.71").then().statusCode(200)
                .body("name", equalTo("Pemerintah Kota Kendari")).body("ppkTitle", equalTo("Wali Kota Kendari"));
        as(token).get("/api/v1/agencies/PROV-74").then().statusCode(200)
                .body("name", equalTo("Pemerintah Provinsi Sulawesi Tenggara"))
                .body("ppkTitle", equalTo("Gubernur Sulawesi Tenggara"));
        as(token).get("/api/v1/agencies/KOTA-31.74").then().statusCode(200)
                .body("ppkTitle", equalTo("Gubernur Daerah Khusus Ibukota Jakarta"));
    }

    @Test
    void regionFilterIncludesTheRegionsBelow() {
        as(Tokens.bawaslu()).get("/api/v1/agencies?regionCode=74&size=100").then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(18))
                .body("items.regionCode", everyItem(startsWith("74")))
                .body("items.code", hasItems("PROV-74", "KOTA-74.71", "KAB-74.13"));
        as(Tokens.bawaslu()).get("/api/v1/agencies?q=lahat").then().statusCode(200)
                .body("items.code", hasItems("KAB-16.04"));
    }

    @Test
    void readingNeedsAToken() {
        invalidRequest().get("/api/v1/agencies").then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
        as(Tokens.verifier()).get("/api/v1/agencies/NOPE-1").then().statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
    }

    @Test
    void adminsCreateAndEditAgenciesWithPreconditions() {
        Map<String, Object> body = Map.of("code", "KEMENKEU-UJI", "name", "Kementerian Keuangan (uji)", "type", "PUSAT",
                "ppkTitle", "Menteri Keuangan");
        as(Tokens.ppk("KOTA-74.71")).contentType("application/json").body(body).post("/api/v1/agencies")
                .then().statusCode(403);
        String etag = as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/agencies")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/agencies/KEMENKEU-UJI"))
                .body("code", equalTo("KEMENKEU-UJI")).extract().header("ETag");
        as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/agencies")
                .then().statusCode(409).body("code", equalTo("AGENCY_EXISTS"));

        Map<String, Object> renamed = Map.of("name", "Kementerian Keuangan", "type", "PUSAT", "ppkTitle", "Menteri Keuangan");
        invalidRequest(Tokens.admin()).contentType("application/json").body(renamed).put("/api/v1/agencies/KEMENKEU-UJI")
                .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
        as(Tokens.admin()).header("If-Match", "\"99\"").contentType("application/json").body(renamed)
                .put("/api/v1/agencies/KEMENKEU-UJI").then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        String next = as(Tokens.admin()).header("If-Match", etag).contentType("application/json").body(renamed)
                .put("/api/v1/agencies/KEMENKEU-UJI").then().statusCode(200)
                .body("name", equalTo("Kementerian Keuangan")).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, next);
    }

    @Test
    void anAgencyMustSitInARegionOfItsLevel() {
        Map<String, Object> kabAtProvince = Map.of("code", "KAB-UJI", "name", "Pemerintah Kabupaten Uji",
                "type", "KABUPATEN_KOTA", "regionCode", "74", "ppkTitle", "Bupati Uji");
        as(Tokens.admin()).contentType("application/json").body(kabAtProvince).post("/api/v1/agencies")
                .then().statusCode(400).body("errors[0].field", equalTo("regionCode"))
                .body("errors[0].code", equalTo("AGENCY_REGION_LEVEL"));
        Map<String, Object> unknownRegion = Map.of("code", "KAB-UJI", "name", "Pemerintah Kabupaten Uji",
                "type", "KABUPATEN_KOTA", "regionCode", "74.99", "ppkTitle", "Bupati Uji");
        as(Tokens.admin()).contentType("application/json").body(unknownRegion).post("/api/v1/agencies")
                .then().statusCode(422).body("errors[0].code", equalTo("REGION_UNKNOWN"));
        invalidRequest(Tokens.admin()).contentType("application/json")
                .body(Map.of("code", "lower-case", "name", "X", "type", "PUSAT", "ppkTitle", "Y"))
                .post("/api/v1/agencies").then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(Tokens.admin()).get("/api/v1/agencies/KAB-UJI").then().statusCode(404);
    }
}
