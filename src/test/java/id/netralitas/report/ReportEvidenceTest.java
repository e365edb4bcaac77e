package id.netralitas.report;

import id.netralitas.common.security.Hashes;
import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.multipart;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.testsupport.EvidenceSamples;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
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
        String sha = Hashes.sha256(photo);
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

    @Test
    void theReportedEmployeesPpkGetsPicturesWithoutTheirMetadataAndNoFileItCannotStrip() throws IOException {
        String nip = ReportFixtures.employee("KOTA-74.71", "74.71");
        JsonPath submitted = anonymous().contentType("application/json").body(ReportFixtures.report(nip))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        String id = submitted.getString("report.id");
        String marker = "PELAPOR-" + UUID.randomUUID();
        byte[] photo = EvidenceSamples.jpegWithMetadata(marker, false);
        byte[] screenshot = EvidenceSamples.pngWithText(marker);
        byte[] letter = EvidenceSamples.pdf(marker);
        byte[] broken = jpeg(11, 3000);
        String photoName = "IMG_20241012_" + marker + ".jpg";
        String screenshotName = "Screenshot_" + marker + ".png";
        String letterName = "surat-" + marker + ".pdf";

        // the reporter with the receipt, an officer for the rest
        String photoId = multipart(null).multiPart("kind", "FOTO").multiPart("file", photoName, photo, "image/jpeg")
                .post("/api/v1/receipts/" + submitted.getString("receipt") + "/evidence").then().statusCode(201)
                .body("fileName", equalTo(photoName)).body("sha256", equalTo(Hashes.sha256(photo)))
                .body("contentView", equalTo("ORIGINAL")).extract().path("id");
        String screenshotId = multipart(Tokens.bawaslu()).multiPart("kind", "TANGKAPAN_LAYAR")
                .multiPart("file", screenshotName, screenshot, "image/png")
                .post("/api/v1/reports/" + id + "/evidence").then().statusCode(201)
                .body("contentView", equalTo("ORIGINAL")).extract().path("id");
        String letterId = multipart(Tokens.bawaslu()).multiPart("kind", "DOKUMEN")
                .multiPart("file", letterName, letter, "application/pdf")
                .post("/api/v1/reports/" + id + "/evidence").then().statusCode(201).extract().path("id");
        String brokenId = multipart(Tokens.bawaslu()).multiPart("kind", "FOTO").multiPart("file", "rusak.jpg", broken, "image/jpeg")
                .post("/api/v1/reports/" + id + "/evidence").then().statusCode(201).extract().path("id");
        String ppk = Tokens.ppk("KOTA-74.71");

        // the ppk's listing: neutral names, no original size or hash, what it may download
        Response listing = as(ppk).get("/api/v1/reports/" + id + "/evidence").then().statusCode(200)
                .body("$", hasSize(4)).extract().response();
        String listed = listing.asString();
        assertFalse(listed.contains(marker), listed);
        for (byte[] original : new byte[][] {photo, screenshot, letter, broken}) {
            assertFalse(listed.contains(Hashes.sha256(original)), listed);
        }
        Map<String, Object> photoEntry = listing.jsonPath().getMap("find { it.id == '" + photoId + "' }");
        assertEquals("evidence-" + photoId + ".jpg", photoEntry.get("fileName"));
        assertEquals("image/jpeg", photoEntry.get("contentType"));
        assertEquals("METADATA_REMOVED", photoEntry.get("contentView"));
        assertNull(photoEntry.get("sha256"));
        assertNull(photoEntry.get("sizeBytes"));
        assertEquals("evidence-" + screenshotId + ".png",
                listing.jsonPath().getString("find { it.id == '" + screenshotId + "' }.fileName"));
        assertEquals("NOT_AVAILABLE", listing.jsonPath().getString("find { it.id == '" + letterId + "' }.contentView"));
        assertEquals("evidence-" + letterId + ".pdf",
                listing.jsonPath().getString("find { it.id == '" + letterId + "' }.fileName"));

        // the ppk's downloads: decodable pictures without the marker, under a neutral name, with their own hash
        for (String[] file : new String[][] {{photoId, "jpg", "image/jpeg"}, {screenshotId, "png", "image/png"}}) {
            String path = "/api/v1/reports/" + id + "/evidence/" + file[0] + "/content";
            Response download = as(ppk).get(path).then().statusCode(200).contentType(file[2])
                    .header("Content-Disposition", equalTo("attachment; filename=\"evidence-" + file[0] + "." + file[1] + "\""))
                    .header("X-Content-Type-Options", equalTo("nosniff")).extract().response();
            byte[] stripped = download.asByteArray();
            assertFalse(EvidenceSamples.contains(stripped, marker), "the marker reached the ppk in " + file[1]);
            assertFalse(EvidenceSamples.contains(stripped, EvidenceSamples.GPS_LATITUDE));
            assertNotNull(ImageIO.read(new ByteArrayInputStream(stripped)), "the ppk's copy decodes");
            String etag = "\"" + Hashes.sha256(stripped) + "\"";
            assertEquals(etag, download.header("ETag"));
            assertEquals(String.valueOf(stripped.length), download.header("Content-Length"));
            as(ppk).header("If-None-Match", etag).get(path).then().statusCode(304);
        }
        as(ppk).get("/api/v1/reports/" + id + "/evidence/" + letterId + "/content").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("EVIDENCE_NOT_AVAILABLE"));
        as(ppk).get("/api/v1/reports/" + id + "/evidence/" + brokenId + "/content").then().statusCode(403)
                .body("code", equalTo("EVIDENCE_NOT_AVAILABLE"));
        // another agency's ppk does not learn the report exists
        as(Tokens.ppk("KAB-16.04")).get("/api/v1/reports/" + id + "/evidence/" + photoId + "/content").then().statusCode(404);

        // the intake roles: every file as uploaded, under its name, with the original hash
        Object[][] originals = {{photoId, photo, photoName}, {screenshotId, screenshot, screenshotName},
                {letterId, letter, letterName}, {brokenId, broken, "rusak.jpg"}};
        for (Object[] file : originals) {
            byte[] uploaded = (byte[]) file[1];
            byte[] back = as(Tokens.bawaslu()).get("/api/v1/reports/" + id + "/evidence/" + file[0] + "/content")
                    .then().statusCode(200).header("ETag", equalTo("\"" + Hashes.sha256(uploaded) + "\""))
                    .header("Content-Disposition", equalTo("attachment; filename=\"" + file[2] + "\""))
                    .extract().asByteArray();
            assertArrayEquals(uploaded, back);
        }
        as(Tokens.bawaslu()).get("/api/v1/reports/" + id + "/evidence").then().statusCode(200)
                .body("find { it.id == '" + photoId + "' }.fileName", equalTo(photoName))
                .body("find { it.id == '" + photoId + "' }.sha256", equalTo(Hashes.sha256(photo)))
                .body("find { it.id == '" + photoId + "' }.sizeBytes", equalTo(photo.length))
                .body("find { it.id == '" + letterId + "' }.contentView", equalTo("ORIGINAL"));

        // nor does the case history, which is the handling officers' alone (it records the original hashes)
        as(ppk).get("/api/v1/reports/" + id + "/history?size=100").then().statusCode(403);
        String officerHistory = as(Tokens.bawaslu()).get("/api/v1/reports/" + id + "/history?size=100").then()
                .statusCode(200).extract().asString();
        for (byte[] original : new byte[][] {photo, screenshot, letter, broken}) {
            assertTrue(officerHistory.contains(Hashes.sha256(original)));
        }
    }
}
