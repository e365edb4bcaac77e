package id.netralitas.report;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.multipart;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportEvidenceTest {

    /** A small but real JPEG header followed by bytes; enough for the sniffer, distinct per seed. */
    static byte[] jpeg(int seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }

    private static String newReport() {
        return anonymous().contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.id");
    }

    @Test
    void aFileIsStoredWithItsHashAndStreamedBackUnchanged() {
        String id = newReport();
        byte[] photo = jpeg(1, 600 * 1024 + 17);
        String sha = IdempotencyService.sha256(photo);
        JsonPath added = multipart(Tokens.bawaslu()).multiPart("kind", "FOTO").multiPart("description", "Foto di lokasi")
                .multiPart("file", "deklarasi.jpg", photo, "image/jpeg")
                .post("/api/v1/reports/" + id + "/evidence").then().statusCode(201)
                .body("sha256", equalTo(sha)).body("contentType", equalTo("image/jpeg"))
                .body("sizeBytes", equalTo(photo.length)).body("fileName", equalTo("deklarasi.jpg"))
                .body("addedVia", equalTo("OFFICER")).extract().jsonPath();
        String evidenceId = added.getString("id");
        byte[] back = as(Tokens.verifier()).get("/api/v1/reports/" + id + "/evidence/" + evidenceId + "/content")
                .then().statusCode(200).header("ETag", equalTo("\"" + sha + "\""))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .contentType("image/jpeg").extract().asByteArray();
        assertArrayEquals(photo, back);
        as(Tokens.verifier()).header("If-None-Match", "\"" + sha + "\"")
                .get("/api/v1/reports/" + id + "/evidence/" + evidenceId + "/content").then().statusCode(304);

        multipart(Tokens.bawaslu()).multiPart("kind", "TAUTAN").multiPart("url", "https://www.facebook.com/posts/123456")
                .post("/api/v1/reports/" + id + "/evidence").then().statusCode(201)
                .body("url", equalTo("https://www.facebook.com/posts/123456"));
        as(Tokens.verifier()).get("/api/v1/reports/" + id + "/evidence").then().statusCode(200)
                .body("kind", contains("FOTO", "TAUTAN"));
    }

    @Test
    void aRenamedExecutableAnOversizedFileAndAWrongKindAreRefusedAndNothingIsStored() {
        String id = newReport();
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        multipart(Tokens.bawaslu()).multiPart("kind", "FOTO").multiPart("file", "foto.jpg", executable, "image/jpeg")
                .post("/api/v1/reports/" + id + "/evidence").then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("EVIDENCE_TYPE_NOT_ALLOWED"));
        byte[] huge = jpeg(2, 25 * 1024 * 1024);
        multipart(Tokens.bawaslu()).multiPart("kind", "FOTO").multiPart("file", "besar.jpg", huge, "image/jpeg")
                .post("/api/v1/reports/" + id + "/evidence").then().statusCode(413)
                .contentType("application/problem+json")
                // refused by Content-Length when the client sends one, by the spooled size when it streams
                .body("code", org.hamcrest.Matchers.oneOf("PAYLOAD_TOO_LARGE", "EVIDENCE_TOO_LARGE"));
        multipart(Tokens.bawaslu()).multiPart("kind", "VIDEO").multiPart("file", "bukan-video.jpg", jpeg(3, 1000), "video/mp4")
                .post("/api/v1/reports/" + id + "/evidence").then().statusCode(400)
                .body("errors[0].code", equalTo("EVIDENCE_KIND_MISMATCH"));
        multipart(Tokens.bawaslu()).multiPart("kind", "TAUTAN").multiPart("url", "javascript:alert(1)")
                .post("/api/v1/reports/" + id + "/evidence").then().statusCode(400)
                .body("errors[0].code", equalTo("URL_INVALID"));
        as(Tokens.verifier()).get("/api/v1/reports/" + id + "/evidence").then().statusCode(200).body("$", hasSize(0));
        multipart(Tokens.ppk("KOTA-74.71")).multiPart("kind", "FOTO").multiPart("file", "a.jpg", jpeg(4, 100), "image/jpeg")
                .post("/api/v1/reports/" + id + "/evidence").then().statusCode(403);
    }

    @Test
    void theAnonymousReporterAddsEvidenceWithTheReceiptAndTheSameFileFlagsADuplicate() {
        JsonPath first = anonymous().contentType("application/json").body(ReportFixtures.report(null))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        JsonPath second = anonymous().contentType("application/json").body(ReportFixtures.report(null))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        byte[] screenshot = jpeg(5, 2048);
        multipart(null).multiPart("kind", "TANGKAPAN_LAYAR").multiPart("file", "layar.jpg", screenshot, "image/jpeg")
                .post("/api/v1/receipts/" + first.getString("receipt") + "/evidence").then().statusCode(201)
                .body("addedVia", equalTo("REPORTER"));
        multipart(null).multiPart("kind", "TANGKAPAN_LAYAR").multiPart("file", "layar-lagi.jpg", screenshot, "image/jpeg")
                .post("/api/v1/receipts/" + second.getString("receipt") + "/evidence").then().statusCode(201);
        as(Tokens.verifier()).get("/api/v1/reports/" + second.getString("report.id")).then().statusCode(200)
                .body("possibleDuplicates.caseNumber", hasItem(first.getString("report.caseNumber")))
                .body("possibleDuplicates.reason", hasItem("SAME_EVIDENCE"));
        multipart(null).multiPart("kind", "FOTO").multiPart("file", "x.jpg", screenshot, "image/jpeg")
                .post("/api/v1/receipts/AAAA-BBBB-CCCC-DDDD-EEEE/evidence").then().statusCode(404);
        assertEquals(2048, Arrays.copyOf(screenshot, 2048).length);
    }
}
