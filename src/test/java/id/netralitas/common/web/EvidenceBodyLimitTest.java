package id.netralitas.common.web;

import id.netralitas.common.security.Hashes;
import static id.netralitas.testsupport.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.report.ReportFixtures;
import id.netralitas.testsupport.RawHttp;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Evidence uploads streamed without a length (chunked) are held to the evidence limit while they
 * stream in: a body larger than the limit is answered 413 long before it has been sent, and no more
 * than the limit is ever spooled to disk. (The server-wide limit, 2 GB for employee imports, used to
 * apply: the whole body was spooled before the file's size was checked.)
 */
@QuarkusTest
class EvidenceBodyLimitTest {

    private static final long MB = 1024 * 1024;
    /** netralitas.evidence.max-bytes (20M) plus the form overhead (1M). */
    private static final long LIMIT = 21 * MB;
    private static final long HUGE = 160 * MB;
    private static final String BOUNDARY = "netralitas-test-boundary";

    static byte[] fileHead(String kind, String fileName) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] fileTail() {
        return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static List<String> multipart(String... more) {
        List<String> headers = new java.util.ArrayList<>(List.of("Content-Type: multipart/form-data; boundary=" + BOUNDARY));
        headers.addAll(List.of(more));
        return headers;
    }

    private static String newReceipt() {
        return anonymous().contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("receipt");
    }

    /** Watches the uploads directory while {@code upload} runs; returns the most bytes it ever held. */
    private static long maxSpooledDuring(ThrowingRunnable upload) throws Exception {
        Path uploads = Path.of(ConfigProvider.getConfig().getValue("quarkus.http.body.uploads-directory", String.class));
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong max = new AtomicLong();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                max.accumulateAndGet(size(uploads), Math::max);
                Thread.onSpinWait();
            }
        });
        watcher.start();
        try {
            upload.run();
        } finally {
            done.set(true);
            watcher.join();
        }
        return max.get();
    }

    private static long size(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // deleted meanwhile
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aChunkedEvidenceBodyOverTheLimitIsRefusedWhileItStreams() throws Exception {
        String receipt = newReceipt();
        RawHttp.Streamed[] result = new RawHttp.Streamed[1];
        long spooled = maxSpooledDuring(() -> result[0] = RawHttp.postChunked("/api/v1/receipts/" + receipt + "/evidence",
                multipart(), fileHead("FOTO", "besar.jpg"), HUGE, fileTail()));
        RawHttp.Streamed upload = result[0];
        assertEquals(413, upload.response().status(), upload.response()::toString);
        assertTrue(upload.response().contentType().startsWith("application/problem+json"), upload.response()::toString);
        assertTrue(upload.response().body().contains("\"code\":\"PAYLOAD_TOO_LARGE\""), upload.response()::toString);
        assertFalse(upload.wholeBodySent(), "answered before the body ended");
        assertTrue(upload.bytesSent() < 3 * LIMIT, "answered after " + upload.bytesSent() + " bytes of " + HUGE);
        assertTrue(spooled <= LIMIT, "spooled " + spooled + " bytes, more than the limit " + LIMIT);
    }

    @Test
    void anOfficersChunkedEvidenceBodyOverTheLimitIsRefusedToo() throws Exception {
        String id = anonymous().contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.id");
        RawHttp.Streamed upload = RawHttp.postChunked("/api/v1/reports/" + id + "/evidence",
                multipart("Authorization: Bearer " + Tokens.bawaslu()), fileHead("FOTO", "besar.jpg"), HUGE, fileTail());
        assertEquals(413, upload.response().status(), upload.response()::toString);
        assertFalse(upload.wholeBodySent(), "answered before the body ended");
    }

    @Test
    void aChunkedEvidenceBodyWithinTheLimitIsStored() throws Exception {
        String receipt = newReceipt();
        byte[] jpeg = new byte[3 * 1024 * 1024];
        new java.util.Random(11).nextBytes(jpeg);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        jpeg[3] = (byte) 0xE0;
        byte[] head = fileHead("FOTO", "foto.jpg");
        byte[] body = new byte[head.length + jpeg.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(jpeg, 0, body, head.length, jpeg.length);
        RawHttp.Streamed upload = RawHttp.postChunked("/api/v1/receipts/" + receipt + "/evidence", multipart(),
                body, 0, fileTail());
        assertEquals(201, upload.response().status(), upload.response()::toString);
        assertTrue(upload.response().body().contains("\"sizeBytes\":" + jpeg.length), upload.response()::toString);
        assertTrue(upload.response().body().contains("\"sha256\":\""
                + Hashes.sha256(jpeg) + "\""), upload.response()::toString);
    }

    @Test
    void cutOffAndEmptyMultipartBodiesAreA400ProblemNotAWait() throws Exception {
        String receipt = newReceipt();
        byte[][] bodies = {
            ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nFOTO")
                    .getBytes(StandardCharsets.ISO_8859_1),
            fileHead("FOTO", "potong.jpg"),
            new byte[0]};
        for (byte[] body : bodies) {
            for (boolean chunked : new boolean[] {true, false}) {
                RawHttp.Response answer = chunked
                        ? RawHttp.postChunked("/api/v1/receipts/" + receipt + "/evidence", multipart(), body, 0, new byte[0])
                                .response()
                        : RawHttp.send("POST", "/api/v1/receipts/" + receipt + "/evidence",
                                multipart("Content-Length: " + body.length), body);
                assertEquals(400, answer.status(), answer::toString);
                assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
                assertTrue(answer.body().contains("\"code\":\""), answer::toString);
            }
        }
        Path uploads = Path.of(ConfigProvider.getConfig().getValue("quarkus.http.body.uploads-directory", String.class));
        long deadline = System.currentTimeMillis() + 10_000;
        while (size(uploads) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(0, size(uploads), "the unfinished files are deleted");
    }

    @Test
    void theEmployeeImportKeepsTheServerWideUploadLimit() throws Exception {
        // 40 MB chunked: far above the evidence and ordinary limits, far below the import's 2 GB. One quoted
        // field of that size, so the background job fails on its first row instead of recording many.
        String header = "nip,name,employee_type,golongan,pangkat,jabatan_category,jabatan_name,unit_kerja,agency_code,"
                + "region_code,status,nik\n\"";
        RawHttp.Streamed upload = RawHttp.postChunked("/api/v1/employee-imports",
                List.of("Content-Type: text/csv", "Authorization: Bearer " + Tokens.admin()),
                header.getBytes(StandardCharsets.UTF_8), 40 * MB, "\"\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(upload.wholeBodySent(), upload.response()::toString);
        assertEquals(202, upload.response().status(), upload.response()::toString);
    }
}
