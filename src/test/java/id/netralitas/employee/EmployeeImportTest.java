package id.netralitas.employee;

import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmployeeImportTest {

    private static final String HEADER = String.join(",", EmployeeCsvFormat.HEADER) + "\n";

    private static String line(String nip, String name, String agency, String region, String status) {
        return nip + "," + name + ",PNS,III/b,,PELAKSANA,Pengadministrasi Umum,,"
                + agency + "," + region + "," + status + ",\n";
    }

    private static JsonPath awaitFinished(String token, String id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonPath job = as(token).get("/api/v1/employee-imports/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    @Test
    void aHundredThousandRowsWithOnePercentBrokenUpsertExactlyTheGoodOnes() throws Exception {
        Path file = Files.createTempFile("employees-", ".csv");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SyntheticEmployees.write(writer, 100_000, 7, 100);
        }
        // Sent as text so that the OpenAPI validation filter sees the body (it cannot read a File).
        String content = Files.readString(file, StandardCharsets.UTF_8);
        String id = as(Tokens.admin()).contentType("text/csv").body(content).post("/api/v1/employee-imports")
                .then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/employee-imports/"))
                .extract().path("id");
        boolean sawProgress = false;
        JsonPath job;
        while (true) {
            job = as(Tokens.admin()).get("/api/v1/employee-imports/" + id).then().statusCode(200).extract().jsonPath();
            long read = job.getLong("rowsRead");
            if (job.getString("status").equals("RUNNING") && read > 0 && read < 100_000) {
                sawProgress = true;
            }
            if (!job.getString("status").equals("QUEUED") && !job.getString("status").equals("RUNNING")) {
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(sawProgress, "the job showed partial progress while running");
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals(100_000, job.getLong("rowsRead"));
        assertEquals(99_000, job.getLong("inserted") + job.getLong("updated"), "upserted rows");
        assertEquals(1_000, job.getLong("rejected"));
        assertEquals(Files.size(file), job.getLong("fileBytes"));

        // Rejected rows are listed by line: data row k (1-based) is on line k + 1; every 100th row is broken.
        JsonPath errors = as(Tokens.admin()).get("/api/v1/employee-imports/" + id + "/errors?size=100&page=0")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1_000, errors.getLong("totalItems"));
        List<Integer> lines = errors.getList("items.line", Integer.class);
        assertEquals(101, lines.get(0));
        assertEquals(201, lines.get(1));
        assertEquals(10_001, lines.get(99));
        as(Tokens.admin()).get("/api/v1/employee-imports/" + id + "/errors?size=10&page=99").then().statusCode(200)
                .body("items.line", hasItem(100_001));

        // The same file again: nothing new, the good rows unchanged.
        String again = as(Tokens.admin()).contentType("text/csv").body(content).post("/api/v1/employee-imports")
                .then().statusCode(202).extract().path("id");
        JsonPath second = awaitFinished(Tokens.admin(), again);
        assertEquals("COMPLETED", second.getString("status"));
        assertEquals(0, second.getLong("inserted"));
        assertEquals(99_000, second.getLong("updated") + second.getLong("unchanged"));
        assertEquals(1_000, second.getLong("rejected"));
        Files.delete(file);
    }

    @Test
    void rowsAreCheckedAsTheApiChecksThem() throws Exception {
        String good = TestData.pnsNip();
        String csv = HEADER
                + line(good, "Rahmat Hidayat", "KOTA-74.71", "74.71", "AKTIF")                      // line 2
                + line("199702302022031008", "Tanggal Salah", "KOTA-74.71", "74.71", "AKTIF")        // 3: NIP date
                + line(TestData.pnsNip(), "Luar Wilayah", "KOTA-74.71", "16.04", "AKTIF")           // 4: region
                + line(TestData.pnsNip(), "Status Aneh", "KOTA-74.71", "74.71", "HILANG")           // 5: enum
                + line(TestData.pnsNip(), "", "KOTA-74.71", "74.71", "AKTIF")                       // 6: name
                + "1,2,3\n";                                                                        // 7: columns
        String id = as(Tokens.admin()).contentType("text/csv").body(csv).post("/api/v1/employee-imports")
                .then().statusCode(202).body("status", org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING", "COMPLETED"))
                .extract().path("id");
        JsonPath job = awaitFinished(Tokens.admin(), id);
        assertEquals(6, job.getLong("rowsRead"));
        assertEquals(1, job.getLong("inserted"));
        assertEquals(5, job.getLong("rejected"));
        as(Tokens.admin()).header("Accept-Language", "id").get("/api/v1/employee-imports/" + id + "/errors").then()
                .statusCode(200)
                .body("items.line", contains(3, 4, 5, 6, 7))
                .body("items.field", contains("nip", "region_code", "status", "name", "row"))
                .body("items.code", contains("NIP_INVALID", "REGION_OUTSIDE_AGENCY", "INVALID_ENUM_VALUE", "NOT_NULL",
                        "CSV_FIELD_COUNT"))
                .body("items[0].message", equalTo("digit 1-8 (19970230) bukan tanggal lahir yang nyata"));
        as(Tokens.admin()).get("/api/v1/employees/" + good).then().statusCode(200)
                .body("name", equalTo("Rahmat Hidayat")).body("pangkat", equalTo("Penata Muda Tingkat I"));
    }

    @Test
    void aNipRepeatedInLaterChunksIsAppliedInFileOrder() throws Exception {
        // Chunks of 1,000 rows are written on several connections at once; the rows of one NIP in
        // chunks 1, 2 and 3 must still end as the last one says, with the history in file order.
        // An agency no other test lists, so that its 2,500 employees do not crowd their pages.
        String nip = TestData.pnsNip();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int row = 1; row <= 2_500; row++) {
            if (row == 1) {
                csv.append(line(nip, "Nama Pertama", "KAB-74.05", "74.05", "AKTIF"));
            } else if (row == 1_500) {
                csv.append(line(nip, "Nama Kedua", "KAB-74.05", "74.05", "PENSIUN"));
            } else if (row == 2_400) {
                csv.append(line(nip, "Nama Ketiga", "KAB-74.05", "74.05", "AKTIF"));
            } else {
                csv.append(line(TestData.pnsNip(), "Pegawai " + row, "KAB-74.05", "74.05", "AKTIF"));
            }
        }
        String id = as(Tokens.admin()).contentType("text/csv").body(csv.toString()).post("/api/v1/employee-imports")
                .then().statusCode(202).extract().path("id");
        JsonPath job = awaitFinished(Tokens.admin(), id);
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals(2_500, job.getLong("rowsRead"));
        assertEquals(2_498, job.getLong("inserted"));
        assertEquals(2, job.getLong("updated"));
        as(Tokens.admin()).get("/api/v1/employees/" + nip).then().statusCode(200)
                .body("name", equalTo("Nama Ketiga")).body("status", equalTo("AKTIF"));
        as(Tokens.admin()).get("/api/v1/employees/" + nip + "/status-history").then().statusCode(200)
                .body("items.toStatus", org.hamcrest.Matchers.containsInAnyOrder("PENSIUN", "AKTIF"))
                .body("items.find { it.toStatus == 'PENSIUN' }.fromStatus", equalTo("AKTIF"))
                .body("items.find { it.toStatus == 'AKTIF' }.fromStatus", equalTo("PENSIUN"));
    }

    @Test
    void importedStatusChangesAreKeptInTheHistory() throws Exception {
        String nip = TestData.pnsNip();
        awaitFinished(Tokens.admin(), as(Tokens.admin()).contentType("text/csv")
                .body(HEADER + line(nip, "Dewi Lestari", "KOTA-74.71", "74.71", "AKTIF"))
                .post("/api/v1/employee-imports").then().statusCode(202).extract().path("id"));
        String second = as(Tokens.admin()).contentType("text/csv")
                .body(HEADER + line(nip, "Dewi Lestari", "KOTA-74.71", "74.71", "PENSIUN"))
                .post("/api/v1/employee-imports").then().statusCode(202).extract().path("id");
        JsonPath job = awaitFinished(Tokens.admin(), second);
        assertEquals(1, job.getLong("updated"));
        as(Tokens.admin()).get("/api/v1/employees/" + nip + "/status-history").then().statusCode(200)
                .body("items.toStatus", contains("PENSIUN"))
                .body("items[0].fromStatus", equalTo("AKTIF"))
                .body("items[0].changedVia", equalTo("IMPORT"))
                .body("items[0].changedBy", equalTo("admin@test"));
    }

    @Test
    void aPpkImportsItsOwnAgencyOnly() throws Exception {
        String mine = TestData.pnsNip();
        String theirs = TestData.pnsNip();
        String stolen = TestData.pnsNip();
        as(Tokens.admin()).contentType("application/json").body(TestData.employee(stolen, "KAB-16.04", "16.04"))
                .post("/api/v1/employees").then().statusCode(201);
        String csv = HEADER
                + line(mine, "Milik Sendiri", "KOTA-74.71", "74.71", "AKTIF")
                + line(theirs, "Instansi Lain", "KAB-16.04", "16.04", "AKTIF")
                + line(stolen, "Pindah Diam-diam", "KOTA-74.71", "74.71", "AKTIF");
        String token = Tokens.ppk("KOTA-74.71");
        String id = as(token).contentType("text/csv").body(csv).post("/api/v1/employee-imports").then().statusCode(202)
                .body("agencyScope", equalTo("KOTA-74.71")).extract().path("id");
        JsonPath job = awaitFinished(token, id);
        assertEquals(1, job.getLong("inserted"));
        assertEquals(2, job.getLong("rejected"));
        as(token).get("/api/v1/employee-imports/" + id + "/errors").then().statusCode(200)
                .body("items.code", everyItem(equalTo("AGENCY_OUT_OF_SCOPE")))
                .body("items.line", contains(3, 4));
        as(Tokens.admin()).get("/api/v1/employees/" + stolen).then().body("agencyCode", equalTo("KAB-16.04"));
        as(Tokens.ppk("KAB-16.04")).get("/api/v1/employee-imports/" + id).then().statusCode(404)
                .body("code", equalTo("EMPLOYEE_IMPORT_NOT_FOUND"));
        as(Tokens.verifier()).get("/api/v1/employee-imports/" + id).then().statusCode(403);
        as(Tokens.bawaslu()).contentType("text/csv").body(csv).post("/api/v1/employee-imports").then().statusCode(403);
        invalidRequest().contentType("text/csv").body(csv).post("/api/v1/employee-imports").then().statusCode(401);
    }

    @Test
    void anIdempotencyKeyReplaysTheSameJob() {
        String csv = HEADER + line(TestData.pnsNip(), "Agus Salim", "KOTA-74.71", "74.71", "AKTIF");
        String key = "import-" + System.nanoTime();
        String first = as(Tokens.admin()).header("Idempotency-Key", key).contentType("text/csv").body(csv)
                .post("/api/v1/employee-imports").then().statusCode(202).extract().path("id");
        as(Tokens.admin()).header("Idempotency-Key", key).contentType("text/csv").body(csv)
                .post("/api/v1/employee-imports").then().statusCode(202).body("id", equalTo(first));
        as(Tokens.admin()).header("Idempotency-Key", key).contentType("text/csv")
                .body(csv + line(TestData.pnsNip(), "Lain", "KOTA-74.71", "74.71", "AKTIF"))
                .post("/api/v1/employee-imports").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        invalidRequest(Tokens.admin()).header("Idempotency-Key", "spasi tidak boleh").contentType("text/csv").body(csv)
                .post("/api/v1/employee-imports").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedWholeAndCreatesNoJob() {
        as(Tokens.admin()).contentType("text/csv").body("nip,nama\n1,2\n").post("/api/v1/employee-imports").then()
                .statusCode(400).body("code", equalTo("CSV_HEADER_INVALID"));
        invalidRequest(Tokens.admin()).contentType("text/csv").body("").post("/api/v1/employee-imports").then()
                .statusCode(400).body("code", equalTo("CSV_HEADER_INVALID"));
        as(Tokens.admin()).get("/api/v1/employee-imports/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void ordinaryEndpointsRefuseOversizedBodies() throws IOException, InterruptedException {
        StringWriter big = new StringWriter();
        big.write("{\"name\":\"");
        big.write("x".repeat(17 * 1024 * 1024));
        big.write("\"}");
        invalidRequest(Tokens.admin()).contentType("application/json").body(big.toString())
                .post("/api/v1/employees").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
        // REST Assured always sends a Content-Length; the JDK client streams an InputStream chunked.
        java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/employees"))
                        .header("Authorization", "Bearer " + Tokens.admin()).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(411, chunked.statusCode());
        assertEquals("application/problem+json", chunked.headers().firstValue("Content-Type").orElse(""));
        assertTrue(chunked.body().contains("\"code\":\"LENGTH_REQUIRED\""), chunked.body());
    }
}
