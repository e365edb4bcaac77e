package id.netralitas.event;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.pact.PactFixtures;
import id.netralitas.report.ReportFixtures;
import id.netralitas.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

    private static final String KENDARI = "KOTA-74.71";

    @Inject
    AgroalDataSource dataSource;

    /** The last position given so far. */
    private long head() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT last_position FROM domain_event_head WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String submit(String nip) {
        return anonymous().contentType("application/json").body(ReportFixtures.report(nip)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("report.id");
    }

    private static int register(String id) {
        String etag = as(Tokens.bawaslu()).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
        return as(Tokens.bawaslu()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("action", "REGISTER", "registrationNumber", "REG-" + id.substring(0, 8)))
                .post("/api/v1/reports/" + id + "/transitions").statusCode();
    }

    /** Events given a position after this one. */
    private long positionedAfter(long after) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM domain_event WHERE position > ?")) {
            s.setLong(1, after);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aReaderPagingDuringConcurrentWritesSeesEveryEventOnceInOrder() throws Exception {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String election = PactFixtures.election();
        int writers = 6;
        int reportsPerWriter = 4;
        List<String> signers = new ArrayList<>();
        for (int i = 0; i < writers * reportsPerWriter; i++) {
            signers.add(PactFixtures.employee(PactFixtures.BAUBAU, "74.72"));
        }
        long start = head();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seen = new ArrayList<>();
        List<String> seenSubjects = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<?> reader = pool.submit(() -> {
                String cursor = Long.toString(start);
                boolean drained = false;
                while (!drained) {
                    boolean stillWriting = writing.get();
                    JsonPath page = as(Tokens.admin()).get("/api/v1/events?limit=3&after=" + cursor).then()
                            .statusCode(200).extract().jsonPath();
                    List<Number> positions = page.getList("items.position");
                    positions.forEach(p -> seen.add(p.longValue()));
                    seenSubjects.addAll(page.getList("items.subject"));
                    cursor = page.getString("nextCursor");
                    drained = !stillWriting && positions.isEmpty() && !page.getBoolean("hasMore");
                }
                return null;
            });
            List<Future<List<String>>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < reportsPerWriter; i++) {
                        String id = submit(nip);
                        String signer = signers.get(writer * reportsPerWriter + i);
                        as(Tokens.asn(signer)).contentType("application/json").body(Map.of("electionCode", election))
                                .post("/api/v1/pact-signatures").then().statusCode(201);
                        assertEquals(200, register(id));
                        ids.add(id);
                    }
                    return ids;
                }));
            }
            Set<String> reports = new HashSet<>();
            for (Future<List<String>> f : work) {
                reports.addAll(f.get(120, TimeUnit.SECONDS));
            }
            writing.set(false);
            reader.get(120, TimeUnit.SECONDS);
            assertEquals(writers * reportsPerWriter, reports.size());
        } finally {
            pool.shutdownNow();
        }
        // Every position after the start exactly once, consecutive: nothing missed, nothing repeated.
        assertFalse(seen.isEmpty());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(start + 1 + i, seen.get(i), "position at index " + i);
        }
        assertEquals(positionedAfter(start), seen.size());
        // Each report: created, then registered (its own events in the order they were committed).
        Map<String, List<Integer>> bySubject = new java.util.HashMap<>();
        for (int i = 0; i < seenSubjects.size(); i++) {
            bySubject.computeIfAbsent(seenSubjects.get(i), k -> new ArrayList<>()).add(i);
        }
        long reportSubjects = bySubject.keySet().stream().filter(s -> s.startsWith("NET-")).count();
        assertEquals(writers * reportsPerWriter, reportSubjects);
        for (Map.Entry<String, List<Integer>> e : bySubject.entrySet()) {
            if (e.getKey().startsWith("NET-")) {
                assertEquals(2, e.getValue().size(), "created and registered: " + e.getKey());
            }
        }
        JsonPath signatures = as(Tokens.admin()).get("/api/v1/events?types=SIGNATURE_CREATED&limit=1000&after=" + start)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(new HashSet<>(signers), new HashSet<>(signatures.getList("items.data.nip")));
        assertEquals(writers * reportsPerWriter, seenSubjects.size() - 2 * writers * reportsPerWriter,
                "one event per signature besides the reports' two");
    }

    @Test
    void eventsCarryStatesAndNoReporterIdentity() throws Exception {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        long start = head();
        Map<String, Object> body = ReportFixtures.report(nip);
        body.put("anonymous", false);
        body.put("reporter", Map.of("name", "Siti Rahmawati Pelapor", "phone", "+62 812 9876 5432"));
        String caseNumber = anonymous().contentType("application/json").body(body).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.caseNumber");
        String id = as(Tokens.admin()).get("/api/v1/reports?nip=" + nip).then().extract().path("items[0].id");
        assertEquals(200, register(id));

        JsonPath page = as(Tokens.admin()).get("/api/v1/events?after=" + start + "&types=REPORT_CREATED,REPORT_TRANSITION")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = page.<Map<String, Object>>getList("items").stream()
                .filter(e -> caseNumber.equals(e.get("subject"))).toList();
        assertEquals(List.of("REPORT_CREATED", "REPORT_TRANSITION"), mine.stream().map(e -> e.get("type")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> registered = (Map<String, Object>) mine.get(1).get("data");
        assertEquals("DITERIMA", registered.get("from"));
        assertEquals("DIREGISTRASI", registered.get("to"));
        assertEquals("REGISTER", registered.get("action"));
        assertEquals(ReportFixtures.ELECTION, registered.get("electionCode"));
        String raw = as(Tokens.admin()).get("/api/v1/events?after=" + start).then().extract().asString();
        assertFalse(raw.contains("Siti Rahmawati"), raw);
        assertFalse(raw.contains("9876 5432"), raw);
    }

    @Test
    void scopesLimitWhatEachRoleReads() throws Exception {
        String nipKendari = ReportFixtures.employee(KENDARI, "74.71");
        long start = head();
        String id = submit(nipKendari);
        String caseNumber = as(Tokens.admin()).get("/api/v1/reports/" + id).then().extract().path("caseNumber");

        as(Tokens.ppk(KENDARI)).get("/api/v1/events?after=" + start).then().statusCode(200)
                .body("items.subject", hasItem(caseNumber));
        as(Tokens.ppk("KAB-16.04")).get("/api/v1/events?after=" + start).then().statusCode(200)
                .body("items.subject", not(hasItem(caseNumber)));
        as(Tokens.bawaslu()).get("/api/v1/events?after=" + start).then().statusCode(200)
                .body("items.subject", hasItem(caseNumber));
        as(Tokens.bawaslu()).get("/api/v1/events?after=" + start + "&types=EMPLOYEE_BLOCKED").then().statusCode(200)
                .body("items", equalTo(List.of()));
        as(Tokens.admin()).get("/api/v1/events?after=" + start + "&types=EVIDENCE_ADDED").then().statusCode(200)
                .body("items.type", everyItem(equalTo("EVIDENCE_ADDED")));
        as(Tokens.asn(nipKendari)).get("/api/v1/events").then().statusCode(403);
        invalidRequest().get("/api/v1/events").then().statusCode(401);
    }

    @Test
    void malformedCursorsAndTypesAreProblems() {
        invalidRequest(Tokens.admin()).get("/api/v1/events?after=-1").then().statusCode(400)
                .contentType("application/problem+json");
        invalidRequest(Tokens.admin()).get("/api/v1/events?after=abc").then().statusCode(400);
        invalidRequest(Tokens.admin()).get("/api/v1/events?limit=1001").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/events?types=REPORT_CREATED,NOPE").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("types"))
                .body("errors[0].code", equalTo("EVENT_TYPE_UNKNOWN"));
    }

    @Test
    void catalogueChangesAreEvents() throws Exception {
        long start = head();
        Map<String, Object> sanction = Map.of("code", "UJI_FEED_" + System.nanoTime() % 1_000_000, "level", "MORAL",
                "descriptionId", "Pernyataan terbuka uji", "descriptionEn", "Open statement test",
                "employeeTypes", List.of("PNS"), "validFrom", "2090-01-01",
                "legalBasis", List.of(Map.of("regulationCode", "PP-42-2004")));
        as(Tokens.admin()).contentType("application/json").body(sanction).post("/api/v1/sanctions").then()
                .statusCode(201);
        as(Tokens.ppk(KENDARI)).get("/api/v1/events?types=CATALOGUE_CHANGED&after=" + start).then().statusCode(200)
                .body("items.subject", hasItem(sanction.get("code"))).body("items[0].data.catalogue", equalTo("sanctions"));
    }
}
