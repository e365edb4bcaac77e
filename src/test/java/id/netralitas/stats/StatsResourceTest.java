package id.netralitas.stats;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.employee.DemoRegister;
import id.netralitas.report.DemoReports;
import id.netralitas.testsupport.Contract;
import id.netralitas.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statistics over the dev profile's demo data (register and cases, loaded through their own loaders),
 * with some demo cases driven through the workflow to a recommendation and beyond; every figure is
 * checked against a count made here independently (plain SQL, or the track list the API serves).
 */
@QuarkusTest
class StatsResourceTest {

    private static final String ELECTION = "PEMILU-2024";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String[] FIGURES = {"recommended", "sanctioned", "sanctionedWithinDeadline", "overdue", "blocked"};
    private static boolean loaded;

    @Inject
    DemoRegister demoRegister;

    @Inject
    DemoReports demoReports;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void demoData() throws Exception {
        synchronized (StatsResourceTest.class) {
            if (loaded) {
                return;
            }
            demoRegister.loadNow(2000);
            assertTrue(demoReports.loadNow() > 0);
            List<String> ids = demoCasesToDrive();
            assertTrue(ids.size() >= 3, "demo cases naming registered employees: " + ids);
            LocalDate today = LocalDate.now(WIB);
            // 1: recommended long ago, the PPK decides late; 2: recommended long ago, the PPK does nothing and the
            // verifier escalates to blocking the data; 3: recommended today, decided at once (within the deadline);
            // 4: recommended today, still waiting (not overdue).
            driveToRecommendation(ids.get(0), LocalDate.of(2024, 4, 5));
            impose(ids.get(0));
            driveToRecommendation(ids.get(1), LocalDate.of(2024, 4, 5));
            for (String step : List.of("PERINGATAN", "TEGURAN", "BLOKIR_DATA")) {
                JsonPath track = track(Tokens.verifier(), ids.get(1));
                as(Tokens.verifier()).header("If-Match", "\"" + track.getLong("version") + "\"")
                        .contentType("application/json").body(Map.of("action", step, "documentNumber", "BKN/" + step))
                        .post(trackPath(ids.get(1), track.getString("nip")) + "/transitions").then().statusCode(200);
            }
            driveToRecommendation(ids.get(2), today);
            impose(ids.get(2));
            if (ids.size() > 3) {
                driveToRecommendation(ids.get(3), today);
            }
            loaded = true;
        }
    }

    // ------------------------------------------------------------------ follow-up

    @Test
    void followUpStatisticsForTheDemoDataMatchAnIndependentCount() {
        // Independent count: the API's own track list, figure by figure in plain Java.
        Map<String, long[]> expected = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonPath tracks = as(Tokens.verifier()).get("/api/v1/report-tracks?electionCode=" + ELECTION
                    + "&size=100&page=" + page).then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> t : tracks.<Map<String, Object>>getList("items")) {
                if (!Boolean.TRUE.equals(t.get("proven"))) {
                    continue;
                }
                long[] n = expected.computeIfAbsent((String) t.get("agencyCode"), k -> new long[5]);
                n[0]++;
                n[1] += t.get("sanctionedWithinDeadline") != null ? 1 : 0;
                n[2] += Boolean.TRUE.equals(t.get("sanctionedWithinDeadline")) ? 1 : 0;
                n[3] += Boolean.TRUE.equals(t.get("overdue")) ? 1 : 0;
                n[4] += "BLOKIR_DATA".equals(t.get("escalationLevel")) ? 1 : 0;
            }
            if (page + 1 >= tracks.getInt("totalPages")) {
                break;
            }
        }
        JsonPath stats = as(Tokens.bawaslu()).get("/api/v1/stats/follow-up?electionCode=" + ELECTION + "&groupBy=agency")
                .then().statusCode(200).body("electionCode", equalTo(ELECTION)).body("groupBy", equalTo("agency"))
                .body("asOf", equalTo(LocalDate.now(WIB).toString())).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        Map<String, long[]> actual = new TreeMap<>();
        for (Map<String, Object> g : stats.<Map<String, Object>>getList("groups")) {
            actual.put((String) g.get("key"), figures(g));
            long recommended = ((Number) g.get("recommended")).longValue();
            long sanctioned = ((Number) g.get("sanctioned")).longValue();
            assertEquals(Math.round(10000.0 * sanctioned / recommended) / 10000.0,
                    ((Number) g.get("followUpRate")).doubleValue(), 1e-9);
        }
        assertEquals(render(expected), render(actual));
        long[] totals = figures(stats.getMap("totals"));
        long[] sum = new long[5];
        expected.values().forEach(n -> {
            for (int i = 0; i < 5; i++) {
                sum[i] += n[i];
            }
        });
        assertEquals(List.of(sum[0], sum[1], sum[2], sum[3], sum[4]), List.of(totals[0], totals[1], totals[2], totals[3],
                totals[4]));
        // The driven demo cases make every figure non-trivial.
        assertTrue(totals[0] >= 3 && totals[1] >= 2 && totals[2] >= 1 && totals[3] >= 1 && totals[4] >= 1,
                render(Map.of("totals", totals)));
        assertTrue(totals[2] < totals[1], "one decree came late");
    }

    @Test
    void followUpByRegionAddsUpTheAgenciesOfEachProvince() throws Exception {
        Map<String, String> province = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT code, region_code FROM agency")) {
            while (rs.next()) {
                province.put(rs.getString(1), rs.getString(2) == null ? null : rs.getString(2).substring(0, 2));
            }
        }
        JsonPath byAgency = as(Tokens.admin()).get("/api/v1/stats/follow-up?electionCode=" + ELECTION).then()
                .statusCode(200).body("groupBy", equalTo("agency")).extract().jsonPath();
        Map<String, long[]> expected = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        for (Map<String, Object> g : byAgency.<Map<String, Object>>getList("groups")) {
            long[] n = expected.computeIfAbsent(province.get((String) g.get("key")), k -> new long[5]);
            long[] f = figures(g);
            for (int i = 0; i < 5; i++) {
                n[i] += f[i];
            }
        }
        JsonPath byRegion = as(Tokens.admin()).get("/api/v1/stats/follow-up?electionCode=" + ELECTION + "&groupBy=region")
                .then().statusCode(200).extract().jsonPath();
        Map<String, long[]> actual = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        for (Map<String, Object> g : byRegion.<Map<String, Object>>getList("groups")) {
            actual.put((String) g.get("key"), figures(g));
            if (g.get("key") != null) {
                assertTrue(g.get("label") != null, "a province has a name");
            }
        }
        assertEquals(render(expected), render(actual));
    }

    @Test
    void aPpkGetsItsOwnAgencyOnly() {
        JsonPath all = as(Tokens.verifier()).get("/api/v1/stats/follow-up?electionCode=" + ELECTION).then()
                .statusCode(200).extract().jsonPath();
        Map<String, Object> first = all.<Map<String, Object>>getList("groups").get(0);
        String agency = (String) first.get("key");
        JsonPath own = as(Tokens.ppk(agency)).get("/api/v1/stats/follow-up?electionCode=" + ELECTION).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(agency), own.getList("groups.key"));
        assertEquals(render(Map.of("g", figures(first))), render(Map.of("g", figures(own.getMap("totals")))));
        // Report counts too: only reports naming its employees, and per agency only its own agency.
        as(Tokens.ppk(agency)).get("/api/v1/stats/reports?electionCode=" + ELECTION + "&groupBy=agency").then()
                .statusCode(200).body("groups.key", equalTo(List.of(agency)));
        as(Tokens.ppk("KAB-99.99")).get("/api/v1/stats/follow-up").then().statusCode(200)
                .body("groups.size()", equalTo(0)).body("totals.recommended", equalTo(0))
                .body("totals.followUpRate", equalTo(null));
    }

    // ------------------------------------------------------------------ report counts

    @Test
    void reportCountsPerGroupMatchPlainSql() throws Exception {
        long total = single("SELECT COUNT(*) FROM report r JOIN election e ON e.id = r.election_id WHERE e.code = ?");
        Map<String, String> sql = Map.of(
                "status", "SELECT r.status, COUNT(*) FROM report r JOIN election e ON e.id = r.election_id "
                        + "WHERE e.code = ? GROUP BY r.status",
                "region", "SELECT LEFT(r.incident_region_code, 2), COUNT(*) FROM report r JOIN election e "
                        + "ON e.id = r.election_id WHERE e.code = ? GROUP BY LEFT(r.incident_region_code, 2)",
                "violationType", "SELECT v.code, COUNT(DISTINCT r.id) FROM report r JOIN election e ON e.id = r.election_id "
                        + "JOIN report_violation_type v ON v.report_id = r.id WHERE e.code = ? GROUP BY v.code",
                "agency", "SELECT a.code, COUNT(DISTINCT r.id) FROM report r JOIN election e ON e.id = r.election_id "
                        + "JOIN report_employee re ON re.report_id = r.id LEFT JOIN agency a ON a.id = re.agency_id "
                        + "WHERE e.code = ? GROUP BY a.code",
                "jabatanCategory", "SELECT m.jabatan_category, COUNT(DISTINCT r.id) FROM report r JOIN election e "
                        + "ON e.id = r.election_id JOIN report_employee re ON re.report_id = r.id "
                        + "LEFT JOIN employee m ON m.id = re.employee_id WHERE e.code = ? GROUP BY m.jabatan_category");
        for (Map.Entry<String, String> grouping : sql.entrySet()) {
            assertEquals(counts(grouping.getValue()), served(grouping.getKey(), total), grouping.getKey());
        }
        // Months in WIB, computed here from the instants.
        Map<String, Long> months = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT r.received_at FROM report r JOIN election e "
                     + "ON e.id = r.election_id WHERE e.code = ?")) {
            st.setString(1, ELECTION);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    java.time.Instant at = rs.getObject(1, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
                    months.merge(YearMonth.from(at.atZone(WIB)).toString(), 1L, Long::sum);
                }
            }
        }
        assertEquals(months, served("month", total));
        as(Tokens.admin()).get("/api/v1/stats/reports?electionCode=" + ELECTION + "&groupBy=region").then()
                .body("groups.find { it.key == '74' }.label", equalTo("Sulawesi Tenggara"));
    }

    @Test
    void badParametersAndCallersAreProblems() {
        invalidRequest(Tokens.admin()).get("/api/v1/stats/reports?groupBy=province").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("groupBy")).body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
                .body("errors[0].message", containsString("region, agency, violationType, status, jabatanCategory, month"));
        invalidRequest(Tokens.admin()).get("/api/v1/stats/follow-up?groupBy=status").then().statusCode(400)
                .body("errors[0].message", containsString("agency, region"));
        invalidRequest().get("/api/v1/public-stats/reports?groupBy=agency").then().statusCode(400)
                .body("errors[0].message", containsString("region, violationType, month"));
        as(Tokens.admin()).get("/api/v1/stats/reports?electionCode=PEMILU-1955").then().statusCode(404)
                .body("code", equalTo("ELECTION_NOT_FOUND"));
        as(Tokens.admin()).get("/api/v1/stats/follow-up?electionCode=PEMILU-1955").then().statusCode(404)
                .body("code", equalTo("ELECTION_NOT_FOUND"));
        anonymous().get("/api/v1/public-stats/reports?electionCode=PEMILU-1955").then().statusCode(404)
                .body("code", equalTo("ELECTION_NOT_FOUND"));
        invalidRequest().get("/api/v1/stats/reports").then().statusCode(401);
        invalidRequest().get("/api/v1/stats/follow-up").then().statusCode(401);
        as(Tokens.asn("199705262022031008")).get("/api/v1/stats/reports").then().statusCode(403);
        as(Tokens.asn("199705262022031008")).get("/api/v1/stats/follow-up").then().statusCode(403);
    }

    // ------------------------------------------------------------------ public

    @Test
    void publicCountsSuppressSmallGroupsAndNeverLetTheTotalRevealOne() throws Exception {
        long total = single("SELECT COUNT(*) FROM report r JOIN election e ON e.id = r.election_id WHERE e.code = ?");
        Map<String, Long> truth = counts("SELECT LEFT(r.incident_region_code, 2), COUNT(*) FROM report r JOIN election e "
                + "ON e.id = r.election_id WHERE e.code = ? GROUP BY LEFT(r.incident_region_code, 2)");
        JsonPath stats = anonymous().get("/api/v1/public-stats/reports?electionCode=" + ELECTION + "&groupBy=region")
                .then().statusCode(200).body("minimumGroupSize", equalTo(5)).extract().jsonPath();
        assertEquals(total, stats.getLong("totalReports"));
        int suppressed = 0;
        for (Map<String, Object> g : stats.<Map<String, Object>>getList("groups")) {
            long real = truth.get((String) g.get("key"));
            if (Boolean.TRUE.equals(g.get("suppressed"))) {
                suppressed++;
                assertFalse(g.containsKey("count"));
            } else {
                assertEquals(real, ((Number) g.get("count")).longValue());
                assertTrue(real >= 5);
            }
            if (real < 5) {
                assertEquals(true, g.get("suppressed"), "a group under 5 is never shown: " + g);
            }
            assertEquals(java.util.Set.of("key", "label", "count", "suppressed"), union(g.keySet()));
        }
        assertNotEquals(1, suppressed, "one suppressed group alone could be backed out of the total");
        String csv = anonymous().accept("text/csv").get("/api/v1/public-stats/reports?electionCode=" + ELECTION
                + "&groupBy=month").then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("key,label,count,suppressed\r\n"), csv);
    }

    @Test
    void statisticsExportAsCsv() {
        String csv = as(Tokens.verifier()).accept("text/csv").get("/api/v1/stats/follow-up?electionCode=" + ELECTION)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith(Contract.csvHeader("getFollowUpStatistics") + "\r\n"), csv);
        int groups = as(Tokens.verifier()).get("/api/v1/stats/follow-up?electionCode=" + ELECTION).then()
                .extract().path("groups.size()");
        assertEquals(groups + 1, csv.split("\r\n").length);
        String reports = as(Tokens.verifier()).accept("text/csv").get("/api/v1/stats/reports?groupBy=violationType")
                .then().statusCode(200).extract().asString();
        assertTrue(reports.startsWith("key,label,count\r\n"));
        as(Tokens.ppk("KOTA-74.71")).accept("text/csv").get("/api/v1/stats/reports?electionCode=PEMILU-1955").then()
                .statusCode(404).body("code", equalTo("ELECTION_NOT_FOUND"));
    }

    // ------------------------------------------------------------------ helpers

    private static java.util.Set<String> union(java.util.Set<String> keys) {
        java.util.Set<String> all = new java.util.HashSet<>(keys);
        all.addAll(List.of("key", "label", "count", "suppressed"));
        return all;
    }

    private Map<String, Long> served(String groupBy, long total) {
        JsonPath stats = as(Tokens.admin()).get("/api/v1/stats/reports?electionCode=" + ELECTION + "&groupBy=" + groupBy)
                .then().statusCode(200).body("groupBy", equalTo(groupBy)).extract().jsonPath();
        assertEquals(total, stats.getLong("totalReports"));
        Map<String, Long> served = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        for (Map<String, Object> g : stats.<Map<String, Object>>getList("groups")) {
            served.put((String) g.get("key"), ((Number) g.get("count")).longValue());
        }
        return served;
    }

    private Map<String, Long> counts(String sql) throws Exception {
        Map<String, Long> counts = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, ELECTION);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    private long single(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, ELECTION);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long[] figures(Map<String, Object> g) {
        long[] n = new long[5];
        for (int i = 0; i < 5; i++) {
            n[i] = ((Number) g.get(FIGURES[i])).longValue();
        }
        return n;
    }

    private static String render(Map<String, long[]> figures) {
        StringBuilder out = new StringBuilder();
        figures.forEach((k, v) -> out.append(k).append('=').append(java.util.Arrays.toString(v)).append('\n'));
        return out.toString();
    }

    /** Demo cases of Pemilu 2024 from the public portal that name a registered employee, still at intake. */
    private List<String> demoCasesToDrive() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT r.public_id FROM report r JOIN election e "
                     + "ON e.id = r.election_id WHERE e.code = ? AND r.status = 'DITERIMA' AND r.origin = 'LAPORAN' "
                     + "AND (r.description LIKE 'Seorang guru PNS menyukai%' OR r.description LIKE 'ASN mengunggah foto%') "
                     + "AND (SELECT COUNT(*) FROM report_employee re WHERE re.report_id = r.id) = 1 "
                     + "AND EXISTS (SELECT 1 FROM report_employee re WHERE re.report_id = r.id AND re.employee_id IS NOT NULL) "
                     + "ORDER BY r.id")) {
            st.setString(1, ELECTION);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids.size() > 4 ? ids.subList(0, 4) : ids;
    }

    private static Response move(String token, String id, Map<String, Object> body) {
        String etag = as(token).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
        return as(token).header("If-Match", etag).contentType("application/json").body(body)
                .post("/api/v1/reports/" + id + "/transitions");
    }

    private static void driveToRecommendation(String id, LocalDate letterDate) {
        move(Tokens.bawaslu(), id, Map.of("action", "REGISTER", "registrationNumber", "DEMO/Reg/" + id.substring(0, 8)))
                .then().statusCode(200);
        move(Tokens.bawaslu(), id, Map.of("action", "START_CLARIFICATION")).then().statusCode(200);
        move(Tokens.bawaslu(), id, Map.of("action", "START_STUDY")).then().statusCode(200);
        move(Tokens.bawaslu(), id, Map.of("action", "FORWARD", "forwardLetterNumber", "DEMO/FWD/" + id.substring(0, 8)))
                .then().statusCode(200);
        move(Tokens.verifier(), id, Map.of("action", "START_VERIFICATION")).then().statusCode(200);
        String nip = as(Tokens.verifier()).get("/api/v1/reports/" + id).then().extract().path("reportedEmployees[0].nip");
        Response first = move(Tokens.verifier(), id, recommendation(nip, letterDate, "TURUN_JABATAN_12"));
        if (first.statusCode() == 422) {
            // The catalogue decides which sanctions fit this violation type and employee; take the first it allows.
            String allowed = first.then().extract().jsonPath().getString("allowedSanctions[0]");
            move(Tokens.verifier(), id, recommendation(nip, letterDate, allowed)).then().statusCode(200);
        } else {
            first.then().statusCode(200);
        }
    }

    private static Map<String, Object> recommendation(String nip, LocalDate letterDate, String sanction) {
        return Map.of("action", "RECOMMEND", "recommendation", Map.of("letterNumber", "B-" + nip.substring(12) + "/R/2024",
                "letterDate", letterDate.toString(), "employees", List.of(
                        Map.of("nip", nip, "proven", true, "sanctionCode", sanction))));
    }

    private static String trackPath(String id, String nip) {
        return "/api/v1/reports/" + id + "/employees/" + nip;
    }

    private static JsonPath track(String token, String id) {
        String nip = as(Tokens.verifier()).get("/api/v1/reports/" + id).then().extract().path("tracks[0].nip");
        return as(token).get(trackPath(id, nip)).then().statusCode(200).extract().jsonPath();
    }

    private static void impose(String id) {
        JsonPath track = track(Tokens.verifier(), id);
        String agency = track.getString("agencyCode");
        String sanction = track.getString("recommendedSanction");
        as(Tokens.ppk(agency)).header("If-Match", "\"" + track.getLong("version") + "\"").contentType("application/json")
                .body(Map.of("action", "IMPOSE_SANCTION", "decree", Map.of("number", "800/" + track.getString("nip")
                        .substring(12) + "/BKPSDM", "date", LocalDate.now(WIB).toString(), "sanctionCode",
                        sanction)))
                .post(trackPath(id, track.getString("nip")) + "/transitions").then().statusCode(200)
                .body("status", equalTo("SANKSI_DIJATUHKAN"));
        Objects.requireNonNull(agency);
    }
}
