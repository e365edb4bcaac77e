package id.netralitas.regulation;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorityResourceTest {

    @Test
    void kasnSupervisedUntil23August2024AndBknFromTheNextDay() {
        anonymous().get("/api/v1/authorities?on=2024-08-23").then().statusCode(200)
                .body("items.code", contains("BAWASLU", "KASN"))
                .body("items.function", contains("INTAKE", "SUPERVISION"));
        anonymous().get("/api/v1/authorities?on=2024-08-23&function=SUPERVISION").then().statusCode(200)
                .body("items.code", contains("KASN"))
                .body("items[0].validTo", equalTo("2024-08-23"));
        anonymous().get("/api/v1/authorities?on=2024-08-24&function=SUPERVISION").then().statusCode(200)
                .body("items.code", contains("BKN"))
                .body("items[0].validFrom", equalTo("2024-08-24"))
                .body("items[0].legalBasis.citation", hasItem("UU 20/2023 Pasal 70 ayat (3)"))
                .body("items[0].legalBasis.citation", hasItem("Perpres 92/2024"));
        anonymous().get("/api/v1/authorities?on=2020-10-10&function=SUPERVISION").then().statusCode(200)
                .body("items.code", contains("KASN"));
        anonymous().get("/api/v1/authorities/KASN").then().statusCode(404)
                .body("code", equalTo("CATALOGUE_NOT_VALID_ON_DATE"));
        anonymous().get("/api/v1/authorities/KASN?validOn=2024-08-23").then().statusCode(200)
                .body("name", equalTo("Komisi Aparatur Sipil Negara"));
        anonymous().get("/api/v1/authorities/KASN/versions").then().statusCode(200)
                .body("items.validTo", contains("2024-08-23"));
    }

    @Test
    void problems() {
        invalidRequest().get("/api/v1/authorities?on=23-08-2024").then().statusCode(400)
                .body("errors[0].field", equalTo("on")).body("errors[0].code", equalTo("DATE_INVALID"));
        invalidRequest().get("/api/v1/authorities?function=JUDGE").then().statusCode(400)
                .body("errors[0].field", equalTo("function"));
        anonymous().get("/api/v1/authorities/OMBUDSMAN").then().statusCode(404).body("code", equalTo("AUTHORITY_NOT_FOUND"));
        invalidRequest().get("/api/v1/authorities/bkn").then().statusCode(400).body("errors[0].code", equalTo("CODE_INVALID"));
    }

    @Test
    void roomForTheIndependentBodyAndChangesAsVersions() {
        String admin = Tokens.admin();
        String code = "BADAN_UJI_" + ThreadLocalRandom.current().nextInt(1000, 100000);
        String body = """
                {"code":"%s","name":"Lembaga independen uji","function":"SUPERVISION","descriptionId":"Uji","descriptionEn":"Test",
                 "legalBasis":[{"regulationCode":"PUTUSAN-MK-121-PUU-XXII-2024"}],"validFrom":"2090-01-01"}""".formatted(code);
        invalidRequest().contentType("application/json").body(body).post("/api/v1/authorities").then().statusCode(401);
        as(Tokens.verifier()).contentType("application/json").body(body).post("/api/v1/authorities").then().statusCode(403);
        as(admin).contentType("application/json").body(body).post("/api/v1/authorities").then().statusCode(201)
                .body("legalBasis[0].citation", equalTo("Putusan MK 121/PUU-XXII/2024"));
        anonymous().get("/api/v1/authorities?on=2090-06-01&function=SUPERVISION").then().statusCode(200)
                .body("items.code", hasItem(code));
        String change = body.replace("\"code\":\"" + code + "\",", "").replace("2090-01-01", "2091-01-01")
                .replace("Lembaga independen uji", "Lembaga independen uji (nama baru)");
        as(admin).contentType("application/json").header("If-Match", "\"1\"").body(change)
                .put("/api/v1/authorities/" + code).then().statusCode(200)
                .body("version", equalTo(2)).body("name", equalTo("Lembaga independen uji (nama baru)"));
        anonymous().get("/api/v1/authorities/" + code + "?validOn=2090-12-31").then().statusCode(200)
                .body("version", equalTo(1)).body("name", equalTo("Lembaga independen uji"))
                .body("validTo", equalTo("2090-12-31"));
        as(admin).contentType("application/json").header("If-Match", "\"2\"")
                .body(change.replace("\"regulationCode\":\"PUTUSAN-MK-121-PUU-XXII-2024\"",
                        "\"regulationCode\":\"PUTUSAN-MK-121-PUU-XXII-2024\",\"pasal\":\"1\""))
                .put("/api/v1/authorities/" + code).then().statusCode(422)
                .body("errors[0].code", equalTo("ARTICLE_UNKNOWN"));
    }
}
