package id.netralitas.regulation;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegulationResourceTest {

    @Test
    void inForceOnSelectsTheLawOfTheDay() {
        anonymous().get("/api/v1/regulations?inForceOn=2020-06-01&size=100").then().statusCode(200)
                .body("items.code", hasItems("PP-53-2010", "UU-5-2014", "PP-42-2004", "UU-7-2017", "UU-10-2016"))
                .body("items.code", not(hasItem("PP-94-2021")))
                .body("items.code", not(hasItem("UU-20-2023")))
                .body("items.code", not(hasItem("SKB-2022")));
        anonymous().get("/api/v1/regulations?inForceOn=2024-06-01&size=100").then().statusCode(200)
                .body("items.code", hasItems("PP-94-2021", "UU-20-2023", "SKB-2022", "PP-42-2004"))
                .body("items.code", not(hasItem("PP-53-2010")))
                .body("items.code", not(hasItem("UU-5-2014")))
                .body("items.code", not(hasItem("SKB-2020")))
                .body("items.code", not(hasItem("PERPRES-92-2024")));
        anonymous().get("/api/v1/regulations?inForceOn=2024-08-23&kind=PERPRES").then().statusCode(200)
                .body("items.code", contains("PERPRES-91-2024", "PERPRES-92-2024"));
    }

    @Test
    void repealedRegulationsEndTheDayBeforeTheirSuccessorTakesEffect() {
        anonymous().get("/api/v1/regulations/UU-5-2014").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("UU")).body("number", equalTo("5")).body("year", equalTo(2014))
                .body("citation", equalTo("UU 5/2014"))
                .body("repealedBy", equalTo("UU-20-2023"))
                .body("inForceUntil", equalTo("2023-10-30"))
                .body("gazette", equalTo("LN 2014 No. 6, TLN 5494"));
        anonymous().get("/api/v1/regulations/PP-53-2010").then().statusCode(200)
                .body("repealedBy", equalTo("PP-94-2021")).body("inForceUntil", equalTo("2021-08-30"));
        anonymous().get("/api/v1/regulations/PP-94-2021").then().statusCode(200)
                .body("effectiveDate", equalTo("2021-08-31"))
                .body("$", not(org.hamcrest.Matchers.hasKey("repealedBy")));
        anonymous().get("/api/v1/regulations?inForceOn=2021-08-30&kind=PP&q=disiplin").then().statusCode(200)
                .body("items.code", contains("PP-53-2010"));
        anonymous().get("/api/v1/regulations?inForceOn=2021-08-31&kind=PP&q=disiplin").then().statusCode(200)
                .body("items.code", contains("PP-94-2021"));
    }

    @Test
    void theSeedHoldsTheInstrumentsTheIssueNames() {
        for (String code : new String[] {"UU-20-2023", "UU-5-2014", "PP-94-2021", "PP-53-2010", "PP-42-2004", "SKB-2022",
                "SKB-2020", "UU-7-2017", "UU-10-2016", "PP-11-2017", "PP-17-2020", "PERPRES-91-2024", "PERPRES-92-2024",
                "SE-MENPANRB-4-2024", "PP-79-2021", "PUTUSAN-MK-121-PUU-XXII-2024", "PERGUB-SULTRA-56-2021",
                "SE-GUBSULTRA-200.2.1-6589-2023", "SE-BUPMUBAR-200.2.1-92-2023"}) {
            anonymous().get("/api/v1/regulations/" + code).then().statusCode(200).body("code", equalTo(code));
        }
        anonymous().get("/api/v1/regulations/SKB-2022").then().statusCode(200)
                .body("kind", equalTo("SKB"))
                .body("signedDate", equalTo("2022-09-22"))
                .body("signatoryNumbers", hasSize(5))
                .body("signatoryNumbers.number", contains("2 Tahun 2022", "800-5474 Tahun 2022", "246 Tahun 2022",
                        "30 Tahun 2022", "1447.1/PM.01/K.1/09/2022"));
        anonymous().get("/api/v1/regulations/PUTUSAN-MK-121-PUU-XXII-2024").then().statusCode(200)
                .body("citation", equalTo("Putusan MK 121/PUU-XXII/2024"))
                .body("effectiveDate", equalTo("2025-10-16"));
        anonymous().get("/api/v1/regulations/SE-BUPMUBAR-200.2.1-92-2023").then().statusCode(200)
                .body("scopeRegionCode", equalTo("74.13"))
                .body("note", org.hamcrest.Matchers.startsWith("[U]"));
        anonymous().get("/api/v1/regulations?kind=SE&year=2023").then().statusCode(200)
                .body("items.code", contains("SE-BUPMUBAR-200.2.1-92-2023", "SE-GUBSULTRA-200.2.1-6589-2023"));
        anonymous().queryParam("q", "KODE ETIK").get("/api/v1/regulations").then().statusCode(200)
                .body("items.code", hasItems("PP-42-2004", "PERGUB-SULTRA-56-2021"));
    }

    @Test
    void articlesAreListedInReadingOrderAndCitedAsTheLawDoes() {
        anonymous().get("/api/v1/regulations/PP-94-2021/articles?pasal=5&size=20").then().statusCode(200)
                .body("items.key", contains("pasal-5", "pasal-5-huruf-n", "pasal-5-huruf-n-angka-1",
                        "pasal-5-huruf-n-angka-2", "pasal-5-huruf-n-angka-3", "pasal-5-huruf-n-angka-4",
                        "pasal-5-huruf-n-angka-5", "pasal-5-huruf-n-angka-6", "pasal-5-huruf-n-angka-7"))
                .body("items.regulationCode", everyItem(equalTo("PP-94-2021")));
        anonymous().get("/api/v1/regulations/PP-94-2021/articles?size=100").then().statusCode(200)
                .body("items.key", hasItems("pasal-8-ayat-4-huruf-a", "pasal-13", "pasal-14-huruf-i", "pasal-26-ayat-1"));
        anonymous().get("/api/v1/regulations/PP-94-2021/articles/pasal-5-huruf-n-angka-7").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("citation", equalTo("PP 94/2021 Pasal 5 huruf n angka 7"))
                .body("pasal", equalTo("5")).body("huruf", equalTo("n")).body("angka", equalTo("7"))
                .body("$", not(org.hamcrest.Matchers.hasKey("ayat")));
        anonymous().get("/api/v1/regulations/UU-5-2014/articles/pasal-87-ayat-4-huruf-c").then().statusCode(200)
                .body("citation", equalTo("UU 5/2014 Pasal 87 ayat (4) huruf c"));
        anonymous().get("/api/v1/regulations/PP-94-2021/articles/pasal-99").then().statusCode(404)
                .body("code", equalTo("ARTICLE_NOT_FOUND"))
                .body("detail", equalTo("PP 94/2021 has no recorded article Pasal 99."));
    }

    @Test
    void unknownAndMalformedCodesAreProblems() {
        anonymous().get("/api/v1/regulations/UU-99-2099").then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("REGULATION_NOT_FOUND"))
                .body("detail", equalTo("No regulation has the code UU-99-2099."));
        anonymous().get("/api/v1/regulations/UU-99-2099/articles").then().statusCode(404)
                .body("code", equalTo("REGULATION_NOT_FOUND"));
        invalidRequest().get("/api/v1/regulations/uu-20-2023").then().statusCode(400)
                .body("errors[0].field", equalTo("code")).body("errors[0].code", equalTo("CODE_INVALID"));
        invalidRequest().get("/api/v1/regulations/PP-94-2021/articles/pasal-5-angka-7-huruf-n").then().statusCode(400)
                .body("errors[0].field", equalTo("articleKey")).body("errors[0].code", equalTo("ARTICLE_KEY_INVALID"));
        invalidRequest().get("/api/v1/regulations?inForceOn=2024-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("inForceOn")).body("errors[0].code", equalTo("DATE_INVALID"));
        invalidRequest().get("/api/v1/regulations?kind=UNDANG").then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
        invalidRequest().get("/api/v1/regulations?year=20x").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        invalidRequest().get("/api/v1/regulations/PP-94-2021/articles?pasal=5a").then().statusCode(400)
                .body("errors[0].field", equalTo("pasal"));
        anonymous().header("Accept-Language", "id").get("/api/v1/regulations/UU-99-2099").then().statusCode(404)
                .body("title", equalTo("Peraturan tidak ditemukan"));
    }

    @Test
    void adminsCreateAndEditRegulationsWithIfMatch() {
        String code = "PERBAWASLU-" + (100 + (int) (Math.random() * 800)) + "-2099";
        String body = """
                {"code":"%s","kind":"PERBAWASLU","number":"%s","year":2099,"title":"Uji penanganan","issuer":"Bawaslu",
                 "effectiveDate":"2099-01-02","summary":"A test regulation."}""".formatted(code, code.split("-")[1]);
        invalidRequest().contentType("application/json").body(body).post("/api/v1/regulations").then().statusCode(401);
        as(Tokens.bawaslu()).contentType("application/json").body(body).post("/api/v1/regulations").then().statusCode(403);
        as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/regulations").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/regulations/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("citation", equalTo("Perbawaslu " + code.split("-")[1] + "/2099"));
        as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/regulations").then().statusCode(409)
                .body("code", equalTo("REGULATION_CODE_EXISTS"));

        String update = """
                {"kind":"PERBAWASLU","number":"%s","year":2099,"title":"Uji penanganan (diubah)","issuer":"Bawaslu",
                 "effectiveDate":"2099-01-02","repealedBy":"UU-20-2023","scopeRegionCode":"7471","summary":"Changed."}"""
                .formatted(code.split("-")[1]);
        invalidRequest().contentType("application/json").body(update).put("/api/v1/regulations/" + code).then().statusCode(401);
        as(Tokens.verifier()).contentType("application/json").header("If-Match", "\"0\"").body(update)
                .put("/api/v1/regulations/" + code).then().statusCode(403);
        as(Tokens.admin()).contentType("application/json").body(update).put("/api/v1/regulations/" + code).then()
                .statusCode(428);
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"5\"").body(update)
                .put("/api/v1/regulations/" + code).then().statusCode(412);
        // Repealed by a regulation that took effect before it: in force until before it started is refused.
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"0\"").body(update)
                .put("/api/v1/regulations/" + code).then().statusCode(400)
                .body("errors[0].field", equalTo("inForceUntil")).body("errors[0].code", equalTo("DATE_ORDER"));
        String good = update.replace("\"repealedBy\":\"UU-20-2023\",", "\"inForceUntil\":\"2099-12-31\",");
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"0\"").body(good)
                .put("/api/v1/regulations/" + code).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Uji penanganan (diubah)"))
                .body("scopeRegionCode", equalTo("74.71"))
                .body("inForceUntil", equalTo("2099-12-31"));
        anonymous().get("/api/v1/regulations/" + code).then().statusCode(200).body("summary", equalTo("Changed."));
        as(Tokens.admin()).contentType("application/json").header("If-Match", "\"1\"")
                .body(good.replace("{", "{\"code\":\"UU-20-2023\","))
                .put("/api/v1/regulations/" + code).then().statusCode(400)
                .body("errors[0].code", equalTo("CODE_MISMATCH"));
    }

    @Test
    void regulationReferencesMustExist() {
        String admin = Tokens.admin();
        String code = "PERMEN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-2099";
        as(admin).contentType("application/json").body("""
                {"code":"%s","kind":"PERMEN","number":"1","year":2099,"title":"t","issuer":"i","effectiveDate":"2099-01-01",
                 "repealedBy":"UU-1-1900","summary":"s"}""".formatted(code))
                .post("/api/v1/regulations").then().statusCode(422)
                .body("errors[0].field", equalTo("repealedBy")).body("errors[0].code", equalTo("REGULATION_UNKNOWN"));
        as(admin).contentType("application/json").body("""
                {"code":"%s","kind":"PERMEN","number":"1","year":2099,"title":"t","issuer":"i","effectiveDate":"2099-01-01",
                 "scopeRegionCode":"74.99","summary":"s"}""".formatted(code))
                .post("/api/v1/regulations").then().statusCode(422)
                .body("errors[0].field", equalTo("scopeRegionCode")).body("errors[0].code", equalTo("REGION_UNKNOWN"));
        as(admin).contentType("application/json").body("""
                {"code":"%s","kind":"PERMEN","number":"1","year":2099,"title":"t","issuer":"i","effectiveDate":"2099-01-01",
                 "repealedBy":"%s","summary":"s"}""".formatted(code, code))
                .post("/api/v1/regulations").then().statusCode(400)
                .body("errors[0].field", equalTo("repealedBy")).body("errors[0].code", equalTo("REPEALED_BY_SELF"));
        invalidRequest(admin).contentType("application/json").body("""
                {"code":"permen-1","kind":"PERMEN","number":"1","year":1800,"title":"t","issuer":"i","summary":"s"}""")
                .post("/api/v1/regulations").then().statusCode(400)
                .body("errors.field", contains("code", "effectiveDate", "year"));
        invalidRequest(admin).contentType("application/json").body("""
                {"kind":"PERMEN","number":"1","year":2099,"title":"t","issuer":"i","effectiveDate":"2099-01-01","summary":"s"}""")
                .post("/api/v1/regulations").then().statusCode(400)
                .body("errors[0].field", equalTo("code")).body("errors[0].code", equalTo("REQUIRED"));
        anonymous().get("/api/v1/regulations/" + code).then().statusCode(404);
    }

    @Test
    void adminsAddArticlesAndCorrectTheirSummaries() {
        String admin = Tokens.admin();
        String key = "pasal-" + (500 + (int) (Math.random() * 400)) + "-ayat-2-huruf-b";
        String pasal = key.split("-")[1];
        String body = "{\"pasal\":\"" + pasal + "\",\"ayat\":\"2\",\"huruf\":\"b\",\"summary\":\"A test article.\"}";
        invalidRequest().contentType("application/json").body(body).post("/api/v1/regulations/UU-7-2017/articles").then()
                .statusCode(401);
        as(Tokens.asn("199705262022031008")).contentType("application/json").body(body)
                .post("/api/v1/regulations/UU-7-2017/articles").then().statusCode(403);
        as(admin).contentType("application/json").body(body).post("/api/v1/regulations/UU-7-2017/articles").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/regulations/UU-7-2017/articles/" + key))
                .body("key", equalTo(key))
                .body("citation", equalTo("UU 7/2017 Pasal " + pasal + " ayat (2) huruf b"));
        as(admin).contentType("application/json").body(body).post("/api/v1/regulations/UU-7-2017/articles").then()
                .statusCode(409).body("code", equalTo("ARTICLE_EXISTS"));
        as(admin).contentType("application/json").body(body).post("/api/v1/regulations/UU-99-2099/articles").then()
                .statusCode(404);
        invalidRequest(admin).contentType("application/json").body("{\"pasal\":\"5\",\"huruf\":\"N\",\"summary\":\"x\"}")
                .post("/api/v1/regulations/UU-7-2017/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("huruf"));

        String update = "{\"summary\":\"Corrected summary.\",\"note\":\"checked\"}";
        as(admin).contentType("application/json").body(update)
                .put("/api/v1/regulations/UU-7-2017/articles/" + key).then().statusCode(428);
        as(admin).contentType("application/json").header("If-Match", "\"0\"").body(update)
                .put("/api/v1/regulations/UU-7-2017/articles/" + key).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("summary", equalTo("Corrected summary.")).body("note", equalTo("checked"));
        as(admin).contentType("application/json").header("If-Match", "\"0\"").body(update)
                .put("/api/v1/regulations/UU-7-2017/articles/" + key).then().statusCode(412);
        as(Tokens.verifier()).contentType("application/json").header("If-Match", "\"1\"").body(update)
                .put("/api/v1/regulations/UU-7-2017/articles/" + key).then().statusCode(403);
    }
}
