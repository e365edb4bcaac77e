package id.netralitas.regulation;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SanctionResourceTest {

    @Test
    void todayTheCatalogueHoldsPp42MoralSanctionsThePp94LadderAndPtdh() {
        anonymous().get("/api/v1/sanctions?validOn=2024-10-10&size=100").then().statusCode(200)
                .body("items.code", containsInAnyOrder("BEBAS_JABATAN_PELAKSANA_12", "MORAL_TERBUKA", "MORAL_TERTUTUP",
                        "PDHTAPS", "PERNYATAAN_TIDAK_PUAS", "POTONG_TUKIN_25_12", "POTONG_TUKIN_25_6", "POTONG_TUKIN_25_9",
                        "PTDH", "TEGURAN_LISAN", "TEGURAN_TERTULIS", "TURUN_JABATAN_12"));
        anonymous().get("/api/v1/sanctions?validOn=2024-10-10&level=SEDANG").then().statusCode(200)
                .body("items.code", contains("POTONG_TUKIN_25_12", "POTONG_TUKIN_25_6", "POTONG_TUKIN_25_9"))
                .body("items.durationMonths", contains(12, 6, 9))
                .body("items[0].legalBasis[0].citation", equalTo("PP 94/2021 Pasal 8 ayat (3) huruf c"));
    }

    @Test
    void incidentsBeforePp94UseTheLegacyPp53Ladder() {
        anonymous().get("/api/v1/sanctions?validOn=2020-10-10&level=BERAT").then().statusCode(200)
                .body("items.code", contains("LEGACY_PP53_BEBAS_JABATAN", "LEGACY_PP53_PDHTAPS",
                        "LEGACY_PP53_PINDAH_TURUN_JABATAN", "LEGACY_PP53_PTDH", "LEGACY_PP53_TURUN_PANGKAT_3_TAHUN"))
                .body("items.validTo", everyItem(equalTo("2021-08-30")))
                .body("items.legalBasis.regulationCode.flatten()", everyItem(equalTo("PP-53-2010")));
        anonymous().get("/api/v1/sanctions?validOn=2021-08-30&level=SEDANG").then().statusCode(200)
                .body("items.code", contains("LEGACY_PP53_TUNDA_KGB_1_TAHUN", "LEGACY_PP53_TUNDA_KP_1_TAHUN",
                        "LEGACY_PP53_TURUN_PANGKAT_1_TAHUN"));
        anonymous().get("/api/v1/sanctions?validOn=2021-08-31&level=SEDANG").then().statusCode(200)
                .body("items.code", not(hasItem(startsWith("LEGACY_"))));
        anonymous().get("/api/v1/sanctions?validOn=2020-10-10&level=MORAL").then().statusCode(200)
                .body("items.code", contains("MORAL_TERBUKA", "MORAL_TERTUTUP"));
    }

    @Test
    void ptdhFollowsTheAsnLawInForce() {
        anonymous().get("/api/v1/sanctions/PTDH?validOn=2020-10-10").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("legalBasis.citation", contains("UU 5/2014 Pasal 87 ayat (4) huruf c"))
                .body("employeeTypes", contains("PNS", "CPNS"));
        anonymous().get("/api/v1/sanctions/PTDH?validOn=2024-10-10").then().statusCode(200)
                .body("version", equalTo(2))
                .body("legalBasis.citation", contains("UU 20/2023 Pasal 52 ayat (3) huruf j", "UU 20/2023 Pasal 52 ayat (4)"))
                .body("employeeTypes", contains("PNS", "CPNS", "PPPK"));
        anonymous().get("/api/v1/sanctions/PTDH/versions").then().statusCode(200)
                .body("items.validTo", contains("2023-10-30", null));
        anonymous().get("/api/v1/sanctions?validOn=2020-10-10&employeeType=PPPK").then().statusCode(200)
                .body("items.code", contains("MORAL_TERBUKA", "MORAL_TERTUTUP"));
    }

    @Test
    void problems() {
        anonymous().get("/api/v1/sanctions/HUKUMAN_MATI").then().statusCode(404).body("code", equalTo("SANCTION_NOT_FOUND"));
        anonymous().get("/api/v1/sanctions/TEGURAN_LISAN?validOn=2020-10-10").then().statusCode(404)
                .body("code", equalTo("CATALOGUE_NOT_VALID_ON_DATE"));
        invalidRequest().get("/api/v1/sanctions?level=FATAL").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        invalidRequest().get("/api/v1/sanctions?employeeType=HONORER").then().statusCode(400)
                .body("errors[0].field", equalTo("employeeType"));
        invalidRequest().get("/api/v1/sanctions?sort=level").then().statusCode(400)
                .body("errors[0].code", equalTo("SORT_FIELD_UNKNOWN"));
    }

    @Test
    void anAdminChangeAddsAVersion() {
        String admin = Tokens.admin();
        String code = "UJI_" + ThreadLocalRandom.current().nextInt(1000, 100000);
        String body = """
                {"code":"%s","level":"SEDANG","descriptionId":"Sanksi uji","descriptionEn":"Test sanction","durationMonths":6,
                 "employeeTypes":["PNS"],"legalBasis":[{"regulationCode":"PP-94-2021","pasal":"8","ayat":"3"}],
                 "validFrom":"2030-01-01"}""".formatted(code);
        invalidRequest().contentType("application/json").body(body).post("/api/v1/sanctions").then().statusCode(401);
        as(Tokens.ppk("KOTA-74.71")).contentType("application/json").body(body).post("/api/v1/sanctions").then().statusCode(403);
        as(admin).contentType("application/json").body(body).post("/api/v1/sanctions").then().statusCode(201)
                .body("version", equalTo(1)).body("legalBasis[0].citation", equalTo("PP 94/2021 Pasal 8 ayat (3)"));
        String change = body.replace("\"code\":\"" + code + "\",", "").replace("\"durationMonths\":6", "\"durationMonths\":9")
                .replace("2030-01-01", "2031-07-01");
        as(admin).contentType("application/json").body(change).put("/api/v1/sanctions/" + code).then().statusCode(428);
        as(admin).contentType("application/json").header("If-Match", "\"1\"").body(change)
                .put("/api/v1/sanctions/" + code).then().statusCode(200)
                .body("version", equalTo(2)).body("durationMonths", equalTo(9));
        anonymous().get("/api/v1/sanctions/" + code + "?version=1").then().statusCode(200)
                .body("durationMonths", equalTo(6)).body("validTo", equalTo("2031-06-30"));
        invalidRequest(admin).contentType("application/json").body(change.replace("\"PNS\"", "\"HONORER\""))
                .header("If-Match", "\"2\"").put("/api/v1/sanctions/" + code).then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
        invalidRequest(admin).contentType("application/json")
                .body(change.replace("[{\"regulationCode\":\"PP-94-2021\",\"pasal\":\"8\",\"ayat\":\"3\"}]", "[]"))
                .header("If-Match", "\"2\"").put("/api/v1/sanctions/" + code).then().statusCode(400)
                .body("errors[0].field", equalTo("legalBasis"));
    }
}
