package id.netralitas.pact;

import static id.netralitas.testsupport.Api.as;

import id.netralitas.report.ReportFixtures;
import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Pact test data: elections with a template valid today, employees, ceremonies. */
public final class PactFixtures {

    static final String ELECTION = "PEMILU-UJI-PAKTA";
    public static final String BAUBAU = "KOTA-74.72";
    static final String KOLAKA = "KAB-74.01";
    static final String MAKASSAR = "KOTA-73.71";
    /** The agency of the large batch, so that its 9,300 employees crowd no other test's lists. */
    static final String KONAWE = "KAB-74.02";
    static final String CSV_HEADER = "nip,name,employee_type,golongan,pangkat,jabatan_category,jabatan_name,unit_kerja,"
            + "agency_code,region_code,status,nik\n";

    /** Bulk NIPs: appointed 2010-01, born from 1950 on; never produced by TestData (2020-03 / 2024 intakes). */
    private static final AtomicInteger BULK = new AtomicInteger();
    private static final Map<String, Boolean> CREATED = new HashMap<>();

    private PactFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    /** A national election running now, with a pact template valid since a month ago. */
    public static synchronized String election(String code) {
        if (!CREATED.containsKey(code)) {
            LocalDate today = today();
            Map<String, Object> body = ReportFixtures.electionBody(code, "verifier");
            body.put("name", "Pemilu uji coba pakta integritas");
            as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/elections").then().statusCode(201);
            as(Tokens.admin()).contentType("application/json").body(template("Pakta Integritas Netralitas ASN",
                    today.minusDays(30), null)).post("/api/v1/elections/" + code + "/pact-templates").then().statusCode(201);
            CREATED.put(code, true);
        }
        return code;
    }

    public static String election() {
        return election(ELECTION);
    }

    static Map<String, Object> template(String title, LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("commitments", List.of(
                "Menjaga netralitas dalam pelayanan publik sebelum, selama, dan sesudah pemilihan.",
                "Menghindari konflik kepentingan dan tidak memihak pasangan calon mana pun.",
                "Menggunakan media sosial secara bijak, tanpa ujaran kebencian dan hoaks.",
                "Menolak politik uang dan pemberian dalam bentuk apa pun."));
        body.put("validFrom", from.toString());
        if (to != null) {
            body.put("validTo", to.toString());
        }
        return body;
    }

    /** Registers an active employee through the API and returns its NIP. */
    public static String employee(String agencyCode, String regionCode) {
        String nip = TestData.pnsNip();
        as(Tokens.admin()).contentType("application/json").body(TestData.employee(nip, agencyCode, regionCode))
                .post("/api/v1/employees").then().statusCode(201);
        return nip;
    }

    /** A fresh NIP for bulk rows (unique within the run). */
    static String bulkNip() {
        int n = BULK.getAndIncrement();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 900);
        return birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "201001" + "1" + String.format("%03d", 100 + n % 900);
    }

    static String csvLine(String nip, String agency, String region, String status) {
        return nip + ",Ahmad Fauzi " + nip.substring(12) + ",PNS,III/b,,PELAKSANA,Pengadministrasi Umum,,"
                + agency + "," + region + "," + status + ",\n";
    }

    /** Imports the CSV rows through the bulk import and waits for it; fails unless every row was taken. */
    static void importRows(List<String> lines) throws InterruptedException {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        lines.forEach(csv::append);
        String id = as(Tokens.admin()).contentType("text/csv").body(csv.toString()).post("/api/v1/employee-imports")
                .then().statusCode(202).extract().path("id");
        for (int i = 0; i < 3000; i++) {
            JsonPath job = as(Tokens.admin()).get("/api/v1/employee-imports/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                if (!status.equals("COMPLETED") || job.getLong("rejected") != 0) {
                    throw new AssertionError("import " + id + " ended " + job.prettify());
                }
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    static Map<String, Object> ceremony() {
        Map<String, Object> c = new HashMap<>();
        c.put("date", today().minusDays(1).toString());
        c.put("place", "Aula Kantor Wali Kota Baubau");
        c.put("witnesses", List.of("Perwakilan Bawaslu Kota Baubau", "Kepala BKPSDM"));
        c.put("documentSha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        return c;
    }

    static Map<String, Object> paper(String election, String nip) {
        Map<String, Object> body = new HashMap<>();
        body.put("electionCode", election);
        body.put("nip", nip);
        body.put("method", "TANDA_TANGAN_BASAH");
        body.put("ceremony", ceremony());
        return body;
    }

    static List<String> list(int n, java.util.function.Supplier<String> supplier) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(supplier.get());
        }
        return out;
    }
}
