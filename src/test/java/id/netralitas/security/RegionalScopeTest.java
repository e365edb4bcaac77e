package id.netralitas.security;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.multipart;
import static org.junit.jupiter.api.Assertions.fail;

import id.netralitas.common.csv.CsvReader;
import id.netralitas.report.ReportFixtures;
import id.netralitas.testsupport.FeedCursor;
import id.netralitas.testsupport.Tokens;
import id.netralitas.testsupport.WebhookReceiver;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Regional officers see the cases of their region only, on every path a case leaves by: the list, a
 * single read, the CSV export, the change feed, webhook deliveries and the statistics. A case is in a
 * region when its incident region, or the region of the agency of an employee it names, lies inside
 * it. Four Pemilu 2024 cases:
 * <ul>
 * <li>A: incident in Kendari (74.71), names a Kendari employee; identified reporter;</li>
 * <li>B: incident in Banda Aceh (11.71), names a Banda Aceh employee; recommended (a Banda Aceh track);</li>
 * <li>C: incident in Banda Aceh, names the Kendari employee (in province 74 through the agency);</li>
 * <li>S: incident in Kendari, names both employees; recommended, each PPK recorded its decree.</li>
 * </ul>
 * So for 74 and 74.71, A, C and S are in and B is out. A ppk of Kendari sees S but only its own
 * employee's track.
 */
@QuarkusTest
class RegionalScopeTest {

    static final String ELECTION = "PEMILU-2024";
    static final String KENDARI = "KOTA-74.71";
    static final String BANDA_ACEH = "KOTA-11.71";
    static final List<String> REPORT_EVENTS = List.of("REPORT_CREATED", "REPORT_TRANSITION", "TRACK_TRANSITION",
            "REPORT_EMPLOYEE_LINKED", "REPORT_CORRECTED", "EVIDENCE_ADDED");
    static final String WEBHOOK_SECRET = "regional-scope-webhook-secret-0123456789";

    @Inject
    AgroalDataSource dataSource;

    private static World world;

    /** The regional callers: a token scoped by the {@code region} claim, and whether it may see a reporter. */
    enum Regional {
        BAWASLU_74("74", Tokens::bawaslu, true, true, true),
        VERIFIER_7471("74.71", Tokens::verifier, true, true, false),
        MONITOR_74("74", Tokens::monitor, false, false, false);

        final String region;
        final Function<String, String> mint;
        final boolean seesReporter;
        /** Whether the role reads the change feed (a monitor reads cases and statistics only). */
        final boolean follows;
        /** Whether the role may subscribe to webhooks (admin and bawaslu only). */
        final boolean subscribes;

        Regional(String region, Function<String, String> mint, boolean seesReporter, boolean follows, boolean subscribes) {
            this.region = region;
            this.mint = mint;
            this.seesReporter = seesReporter;
            this.follows = follows;
            this.subscribes = subscribes;
        }

        String token() {
            return mint.apply(region);
        }
    }

    /** A fixture case: its incident region and the agencies of the employees it names. */
    record Case(String key, String id, String caseNumber, String incidentRegion, List<String> agencies) {
    }

    static final class World {
        final WebhookReceiver receiver = WebhookReceiver.start();
        final Map<Regional, String> subscriptions = new EnumMap<>(Regional.class);
        final Map<Regional, String> refusedSubscriptions = new EnumMap<>(Regional.class);
        final Map<String, Optional<String>> agencyRegions = new HashMap<>();
        String nationalSubscription;
        long cursor;
        String nipKendari;
        String nipBandaAceh;
        String reporterName;
        Case a;
        Case b;
        Case c;
        Case s;

        void build(AgroalDataSource dataSource) {
            nipKendari = ReportFixtures.employee(KENDARI, "74.71");
            nipBandaAceh = ReportFixtures.employee(BANDA_ACEH, "11.71");
            cursor = FeedCursor.head(dataSource);
            nationalSubscription = subscribe(Tokens.bawaslu(), "national").path("id");
            for (Regional r : Regional.values()) {
                Response answer = subscribe(r.token(), r.name());
                if (answer.statusCode() == 201) {
                    subscriptions.put(r, answer.path("id"));
                } else {
                    refusedSubscriptions.put(r, answer.statusCode() + " " + answer.asString());
                }
            }

            reporterName = "Wa Ode MKRS" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
            Map<String, Object> identified = report("74.71", nipKendari);
            identified.remove("anonymous");
            identified.put("reporter", Map.of("name", reporterName, "phone", "+62 811 4000 7471"));
            a = file("A", identified, "74.71", KENDARI);
            b = file("B", report("11.71", nipBandaAceh), "11.71", BANDA_ACEH);
            c = file("C", report("11.71", nipKendari), "11.71", KENDARI);
            s = file("S", report("74.71", nipKendari, nipBandaAceh), "74.71", KENDARI, BANDA_ACEH);

            recommend(b, nipBandaAceh);
            recommend(s, nipKendari, nipBandaAceh);
            imposeSanction(Tokens.ppk(KENDARI), s, nipKendari);
            imposeSanction(Tokens.ppk(BANDA_ACEH), s, nipBandaAceh);
            // The last event: a case in 74 after everything about B, so that its arrival means B's would have too.
            multipart(Tokens.bawaslu()).multiPart("kind", "TAUTAN")
                    .multiPart("url", "https://www.facebook.com/posts/cakupan-wilayah-" + System.nanoTime())
                    .post("/api/v1/reports/" + a.id() + "/evidence").then().statusCode(201);

            for (Case each : List.of(a, b, c, s)) {
                receiver.await("national", d -> each.caseNumber().equals(d.json().getString("subject")),
                        Duration.ofSeconds(60));
            }
            for (Regional r : subscriptions.keySet()) {
                receiver.await(r.name(), d -> a.caseNumber().equals(d.json().getString("subject"))
                        && "EVIDENCE_ADDED".equals(d.json().getString("type")), Duration.ofSeconds(30));
            }
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // Everything the tests look at has arrived: end the subscriptions before the receiver goes away.
            RestAssured.given().header("Authorization", "Bearer " + Tokens.bawaslu())
                    .delete("/api/v1/webhook-subscriptions/" + nationalSubscription);
            subscriptions.forEach((r, id) -> RestAssured.given().header("Authorization", "Bearer " + r.token())
                    .delete("/api/v1/webhook-subscriptions/" + id));
        }

        private Response subscribe(String token, String path) {
            return RestAssured.given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .body(Map.of("url", receiver.url(path), "eventTypes", REPORT_EVENTS, "secret", WEBHOOK_SECRET,
                            "description", "regional scope " + path))
                    .post("/api/v1/webhook-subscriptions");
        }

        private static Map<String, Object> report(String incidentRegion, String... nips) {
            Map<String, Object> body = ReportFixtures.report(nips[0], "D-06");
            body.put("electionCode", ELECTION);
            body.put("incidentDate", "2024-01-10");
            body.put("knownDate", "2024-01-11");
            body.put("incidentRegionCode", incidentRegion);
            body.put("reportedEmployees", java.util.Arrays.stream(nips).map(n -> Map.of("nip", n)).toList());
            return body;
        }

        private static Case file(String key, Map<String, Object> body, String incidentRegion, String... agencies) {
            JsonPath answer = anonymous().contentType("application/json").body(body).post("/api/v1/reports").then()
                    .statusCode(201).extract().jsonPath();
            return new Case(key, answer.getString("report.id"), answer.getString("report.caseNumber"), incidentRegion,
                    List.of(agencies));
        }

        private static void recommend(Case c, String... nips) {
            move(Tokens.bawaslu(), c, Map.of("action", "REGISTER", "registrationNumber", "031/Reg/LP/PL/" + c.key() + "/I/2024"));
            move(Tokens.bawaslu(), c, Map.of("action", "START_STUDY"));
            move(Tokens.bawaslu(), c, Map.of("action", "FORWARD", "forwardLetterNumber", "0531/PP.00.01/K.SG/01/2024"));
            move(Tokens.verifier(), c, Map.of("action", "START_VERIFICATION"));
            move(Tokens.verifier(), c, Map.of("action", "RECOMMEND", "recommendation", Map.of("letterNumber",
                    "B-5310/KASN/R/04/2024", "letterDate", "2024-04-05", "employees", java.util.Arrays.stream(nips)
                            .map(n -> Map.of("nip", n, "proven", true, "sanctionCode", "TURUN_JABATAN_12")).toList())));
        }

        private static void move(String token, Case c, Map<String, Object> body) {
            String etag = as(token).get("/api/v1/reports/" + c.id()).then().statusCode(200).extract().header("ETag");
            as(token).header("If-Match", etag).contentType("application/json").body(body)
                    .post("/api/v1/reports/" + c.id() + "/transitions").then().statusCode(200);
        }

        private static void imposeSanction(String ppk, Case c, String nip) {
            String path = "/api/v1/reports/" + c.id() + "/employees/" + nip;
            long version = as(ppk).get(path).then().statusCode(200).extract().jsonPath().getLong("version");
            as(ppk).header("If-Match", "\"" + version + "\"").contentType("application/json")
                    .body(Map.of("action", "IMPOSE_SANCTION", "decree", Map.of("number", "800/531/BKPSDM/2024",
                            "date", "2024-06-10", "sanctionCode", "TURUN_JABATAN_12", "durationMonths", 12,
                            "effectiveDate", "2024-07-01")))
                    .post(path + "/transitions").then().statusCode(200);
        }

        /** The region of an agency code (empty for central agencies and for text that is not an agency code). */
        Optional<String> agencyRegion(String code) {
            return agencyRegions.computeIfAbsent(code, k -> {
                if (!k.matches("^[A-Z0-9][A-Z0-9.-]*$")) {
                    return Optional.empty();
                }
                Response agency = get(Tokens.admin(), "/api/v1/agencies/" + k);
                return agency.statusCode() == 200 ? Optional.ofNullable(agency.path("regionCode")) : Optional.empty();
            });
        }

        /** The promise: a case is in a region when its incident region or a named employee's agency region lies in it. */
        boolean inScope(String region, String incidentRegion, List<String> agencies) {
            return inside(incidentRegion, region)
                    || agencies.stream().map(this::agencyRegion).flatMap(Optional::stream).anyMatch(r -> inside(r, region));
        }

        boolean inScope(String region, Case c) {
            return inScope(region, c.incidentRegion(), c.agencies());
        }
    }

    static boolean inside(String code, String region) {
        return code != null && (code.equals(region) || code.startsWith(region + "."));
    }

    private World world() {
        synchronized (RegionalScopeTest.class) {
            if (world == null) {
                World built = new World();
                built.build(dataSource);
                world = built;
            }
            return world;
        }
    }

    @AfterAll
    static void stopReceiver() {
        if (world != null) {
            world.receiver.close();
            world = null;
        }
    }

    // ------------------------------------------------------------------------------------------ regional officers

    @ParameterizedTest
    @EnumSource(Regional.class)
    void aRegionalOfficerListsReadsExportsFollowsAndCountsOnlyTheCasesOfItsRegion(Regional who) throws IOException {
        World w = world();
        String token = who.token();
        List<String> wrong = new ArrayList<>();
        List<Case> in = List.of(w.a, w.c, w.s);

        // The list: the fixtures by NIP, then every page, each item in the region.
        Set<String> kendari = ids(token, "/api/v1/reports?size=100&nip=" + w.nipKendari, wrong);
        Set<String> bandaAceh = ids(token, "/api/v1/reports?size=100&nip=" + w.nipBandaAceh, wrong);
        if (kendari != null) {
            in.stream().filter(c -> !kendari.contains(c.id()))
                    .forEach(c -> wrong.add("list: case " + c.key() + " of the region is missing"));
        }
        if (bandaAceh != null && !bandaAceh.contains(w.s.id())) {
            wrong.add("list: case S (names employees of both agencies) is missing");
        }
        if (bandaAceh != null && bandaAceh.contains(w.b.id())) {
            wrong.add("list: case B of province 11 is listed");
        }
        for (Map<String, Object> item : allPages(token, "/api/v1/reports?size=100", wrong)) {
            if (!w.inScope(who.region, (String) item.get("incidentRegionCode"), agencies(item))) {
                wrong.add("list (every page): " + item.get("caseNumber") + " (incident " + item.get("incidentRegionCode")
                        + ", agencies " + agencies(item) + ") is outside " + who.region);
            }
        }

        // A single read.
        for (Case c : in) {
            int status = get(token, "/api/v1/reports/" + c.id()).statusCode();
            if (status != 200) {
                wrong.add("read: case " + c.key() + " of the region answered " + status);
            }
        }
        int outside = get(token, "/api/v1/reports/" + w.b.id()).statusCode();
        if (outside != 404) {
            wrong.add("read: case B of province 11 answered " + outside + ", not 404");
        }

        // The CSV export: the same scope, every row.
        List<Map<String, String>> rows = csv(token, "/api/v1/reports?nip=" + w.nipBandaAceh, wrong);
        if (rows != null) {
            Set<String> exported = new TreeSet<>();
            rows.forEach(r -> exported.add(r.get("id")));
            if (exported.contains(w.b.id())) {
                wrong.add("export: case B of province 11 is exported");
            }
            if (!exported.contains(w.s.id())) {
                wrong.add("export: case S is missing");
            }
        }
        List<Map<String, String>> all = csv(token, "/api/v1/reports", wrong);
        for (Map<String, String> row : all == null ? List.<Map<String, String>>of() : all) {
            List<String> agencies = List.of(row.get("reportedAgencies").split("; "));
            if (!w.inScope(who.region, row.get("incidentRegionCode"), agencies)) {
                wrong.add("export (every row): " + row.get("caseNumber") + " (incident " + row.get("incidentRegionCode")
                        + ", agencies " + agencies + ") is outside " + who.region);
            }
        }

        // The change feed and webhook deliveries: report events of the region's cases only.
        Response feed = get(token, "/api/v1/events?limit=1000&after=" + w.cursor);
        if (!who.follows) {
            if (feed.statusCode() != 403) {
                wrong.add("feed: a " + who + " does not read the feed, but it answered " + feed.statusCode());
            }
        } else if (feed.statusCode() != 200) {
            wrong.add("feed: answered " + feed.statusCode() + " " + truncate(feed.asString()));
        } else {
            checkSubjects("feed", feed.jsonPath().getList("items.subject"), w, wrong);
        }
        if (!who.subscribes) {
            if (!w.refusedSubscriptions.containsKey(who)) {
                wrong.add("webhook: a " + who + " may not subscribe, but its subscription was accepted");
            }
        } else if (w.refusedSubscriptions.containsKey(who)) {
            wrong.add("webhook: could not subscribe: " + truncate(w.refusedSubscriptions.get(who)));
        } else {
            List<String> subjects = w.receiver.received(who.name()).stream()
                    .map(d -> d.json().getString("subject")).toList();
            checkSubjects("webhook", subjects, w, wrong);
        }

        // Statistics: only the region's cases are counted.
        List<Map<String, Object>> election = allPages(Tokens.admin(), "/api/v1/reports?size=100&electionCode=" + ELECTION,
                wrong);
        long expected = election.stream()
                .filter(r -> w.inScope(who.region, (String) r.get("incidentRegionCode"), agencies(r))).count();
        long expectedBandaAceh = election.stream()
                .filter(r -> agencies(r).contains(BANDA_ACEH))
                .filter(r -> w.inScope(who.region, (String) r.get("incidentRegionCode"), agencies(r))).count();
        Response byStatus = get(token, "/api/v1/stats/reports?electionCode=" + ELECTION + "&groupBy=status");
        if (byStatus.statusCode() != 200 || byStatus.jsonPath().getLong("totalReports") != expected) {
            wrong.add("stats: groupBy=status should count the " + expected + " reports of the region: "
                    + byStatus.statusCode() + " " + truncate(byStatus.asString()));
        }
        Response byAgency = get(token, "/api/v1/stats/reports?electionCode=" + ELECTION + "&groupBy=agency");
        if (byAgency.statusCode() != 200) {
            wrong.add("stats: groupBy=agency answered " + byAgency.statusCode());
        } else if (groupValue(byAgency, BANDA_ACEH, "count") != expectedBandaAceh) {
            wrong.add("stats: groupBy=agency should count " + expectedBandaAceh + " report(s) of the region naming "
                    + BANDA_ACEH + " (case S), got " + groupValue(byAgency, BANDA_ACEH, "count"));
        }
        // B's track (Banda Aceh, in a case of province 11) is not the region's; S's Banda Aceh track may be.
        Response followUp = get(token, "/api/v1/stats/follow-up?electionCode=" + ELECTION + "&groupBy=agency");
        Response national = get(Tokens.verifier(), "/api/v1/stats/follow-up?electionCode=" + ELECTION + "&groupBy=agency");
        long nationalTracks = groupValue(national, BANDA_ACEH, "recommended");
        if (followUp.statusCode() != 200) {
            wrong.add("stats: follow-up answered " + followUp.statusCode());
        } else if (groupValue(followUp, BANDA_ACEH, "recommended") > nationalTracks - 1) {
            wrong.add("stats: follow-up counts case B's track, outside the region: " + BANDA_ACEH + " recommended "
                    + groupValue(followUp, BANDA_ACEH, "recommended") + " of " + nationalTracks + " nationally");
        }

        // Identity: the intake officers see case A's reporter, a monitor never does (read, list, export alike).
        for (Response answer : List.of(get(token, "/api/v1/reports/" + w.a.id()),
                get(token, "/api/v1/reports?size=100&nip=" + w.nipKendari),
                RestAssured.given().header("Authorization", "Bearer " + token).accept("text/csv")
                        .get("/api/v1/reports?nip=" + w.nipKendari))) {
            boolean shown = answer.asString().contains(w.reporterName);
            if (who.seesReporter && !shown) {
                wrong.add("identity: the reporter of case A is not shown (" + answer.statusCode() + " "
                        + answer.getContentType() + ")");
            }
            if (!who.seesReporter && shown) {
                wrong.add("identity: the reporter of case A is shown (" + answer.getContentType() + ")");
            }
        }

        if (!wrong.isEmpty()) {
            fail(who + " (region " + who.region + "):\n" + String.join("\n", wrong));
        }
    }

    /** Report events name their case in {@code subject}: those of A, C and S must be there, none of B. */
    private static void checkSubjects(String channel, List<String> subjects, World w, List<String> wrong) {
        for (Case c : List.of(w.a, w.c, w.s)) {
            if (!subjects.contains(c.caseNumber())) {
                wrong.add(channel + ": no event of case " + c.key() + " of the region");
            }
        }
        long ofB = subjects.stream().filter(w.b.caseNumber()::equals).count();
        if (ofB > 0) {
            wrong.add(channel + ": " + ofB + " event(s) of case B of province 11");
        }
    }

    // ------------------------------------------------------------------------------------------ ppk and tracks

    @Test
    void aPpkSeesOnlyItsOwnAgencysTrackInACaseSharedWithAnotherAgency() {
        World w = world();
        String ppk = Tokens.ppk(KENDARI);
        List<String> wrong = new ArrayList<>();

        Response shared = get(ppk, "/api/v1/reports/" + w.s.id());
        if (shared.statusCode() != 200) {
            wrong.add("GET /reports/S answered " + shared.statusCode());
        } else {
            List<String> nips = shared.jsonPath().getList("tracks.nip");
            if (!nips.equals(List.of(w.nipKendari))) {
                wrong.add("GET /reports/S lists the tracks of " + nips + ", not only " + w.nipKendari + " of " + KENDARI);
            }
        }
        int own = get(ppk, "/api/v1/reports/" + w.s.id() + "/employees/" + w.nipKendari).statusCode();
        if (own != 200) {
            wrong.add("its own employee's track answered " + own);
        }
        int other = get(ppk, "/api/v1/reports/" + w.s.id() + "/employees/" + w.nipBandaAceh).statusCode();
        if (other != 404) {
            wrong.add("the track of " + BANDA_ACEH + "'s employee answered " + other + ", not 404");
        }
        Response tracks = get(ppk, "/api/v1/report-tracks?nip=" + w.nipBandaAceh);
        if (tracks.statusCode() != 200 || tracks.jsonPath().getInt("totalItems") != 0) {
            wrong.add("GET /report-tracks?nip= of the other agency's employee: " + tracks.statusCode() + " "
                    + truncate(tracks.asString()));
        }

        Response feed = get(ppk, "/api/v1/events?limit=1000&types=TRACK_TRANSITION&after=" + w.cursor);
        if (feed.statusCode() != 200) {
            wrong.add("feed: answered " + feed.statusCode());
        } else {
            List<Map<String, Object>> events = feed.jsonPath().getList("items");
            List<String> trackNips = events.stream().filter(e -> w.s.caseNumber().equals(e.get("subject")))
                    .map(e -> String.valueOf(((Map<?, ?>) e.get("data")).get("nip"))).toList();
            if (!trackNips.contains(w.nipKendari)) {
                wrong.add("feed: no event of its own employee's track in case S");
            }
            if (trackNips.contains(w.nipBandaAceh)) {
                wrong.add("feed: events of " + BANDA_ACEH + "'s track in case S reach it");
            }
        }
        if (!wrong.isEmpty()) {
            fail("ppk of " + KENDARI + ":\n" + String.join("\n", wrong));
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static Set<String> ids(String token, String path, List<String> wrong) {
        Response page = get(token, path);
        if (page.statusCode() != 200) {
            wrong.add("list: " + path + " answered " + page.statusCode() + " " + truncate(page.asString()));
            return null;
        }
        return new TreeSet<>(page.jsonPath().getList("items.id"));
    }

    private static List<Map<String, Object>> allPages(String token, String path, List<String> wrong) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Response answer = get(token, path + "&page=" + page);
            if (answer.statusCode() != 200) {
                wrong.add("list: " + path + " answered " + answer.statusCode() + " " + truncate(answer.asString()));
                return items;
            }
            List<Map<String, Object>> found = answer.jsonPath().getList("items");
            items.addAll(found);
            if (found.isEmpty() || items.size() >= answer.jsonPath().getLong("totalItems")) {
                return items;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> agencies(Map<String, Object> report) {
        List<Map<String, Object>> named = (List<Map<String, Object>>) report.get("reportedEmployees");
        return named.stream().map(e -> (String) e.get("agencyCode")).filter(java.util.Objects::nonNull).toList();
    }

    /** A GET as this caller, not checked against the document: the test reads what comes back, whatever it is. */
    private static Response get(String token, String path) {
        return RestAssured.given().header("Authorization", "Bearer " + token).get(path);
    }

    /** The CSV export as rows keyed by column; an answer other than 200 is recorded and gives null. */
    private static List<Map<String, String>> csv(String token, String path, List<String> wrong) {
        Response answer = RestAssured.given().header("Authorization", "Bearer " + token).accept("text/csv").get(path);
        if (answer.statusCode() != 200) {
            wrong.add("export: " + path + " answered " + answer.statusCode() + " " + truncate(answer.asString()));
            return null;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(answer.asString()))) {
            List<String> header = reader.next();
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), row.get(i));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A figure of the statistics group with this key; 0 when there is no such group. */
    private static long groupValue(Response stats, String key, String figure) {
        List<Map<String, Object>> groups = stats.statusCode() == 200 ? stats.jsonPath().getList("groups") : List.of();
        return groups.stream().filter(g -> key.equals(g.get("key"))).findFirst()
                .map(g -> ((Number) g.get(figure)).longValue()).orElse(0L);
    }

    private static String truncate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
