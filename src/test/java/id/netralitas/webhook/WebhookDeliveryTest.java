package id.netralitas.webhook;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import id.netralitas.common.security.Roles;
import id.netralitas.report.ReportFixtures;
import id.netralitas.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookDeliveryTest {

    private static final String SECRET = "s3cret-for-webhook-tests-0123456789abcdef";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestWebhookResolver resolver;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private record Received(String id, String timestamp, String signature, byte[] body, int answered, String host) {

        boolean mentions(String text) {
            return new String(body, StandardCharsets.UTF_8).contains(text);
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            received.add(new Received(exchange.getRequestHeaders().getFirst("Webhook-Id"),
                    exchange.getRequestHeaders().getFirst("Webhook-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Webhook-Signature"), body, status,
                    exchange.getRequestHeaders().getFirst("Host")));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return url("127.0.0.1");
    }

    /** The receiver's URL under another host name (which the test resolver must map to 127.0.0.1). */
    private String url(String host) {
        return "http://" + host + ":" + receiver.getAddress().getPort() + "/hook";
    }

    private String subscribe(String token, List<String> types) {
        return subscribe(token, types, url());
    }

    private String subscribe(String token, List<String> types, String url) {
        return as(token).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", types, "secret", SECRET, "description", "test receiver"))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201)
                .body("active", equalTo(true)).extract().path("id");
    }

    private static String newReport() {
        String nip = ReportFixtures.employee("KOTA-74.71", "74.71");
        return anonymous().contentType("application/json").body(ReportFixtures.report(nip))
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.caseNumber");
    }

    private static JsonPath deliveryLog(String token, String subscription) {
        return as(token).get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    /** A token of this officer with these roles, as after a change of their role. */
    private static String token(String upn, String... roles) {
        return Jwt.upn(upn).groups(Set.of(roles)).expiresIn(3600).sign();
    }

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!condition.get()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aFailingReceiverGetsTheEventOnceSignedAfterRetries() throws Exception {
        failuresLeft.set(2);
        String subscription = subscribe(Tokens.bawaslu(), List.of("REPORT_CREATED"));
        String nip = ReportFixtures.employee("KOTA-74.71", "74.71");
        String caseNumber = anonymous().contentType("application/json").body(ReportFixtures.report(nip))
                .post("/api/v1/reports").then().statusCode(201).extract().path("report.caseNumber");

        await(() -> received.stream().anyMatch(r -> r.answered() == 204), "a successful delivery");
        Thread.sleep(1500); // nothing more may arrive: the delivery is done
        List<Received> forCase = received.stream()
                .filter(r -> new String(r.body(), StandardCharsets.UTF_8).contains(caseNumber)).toList();
        assertEquals(3, forCase.size(), "two failures and one success");
        assertEquals(1, forCase.stream().filter(r -> r.answered() == 204).count());
        assertEquals(1, forCase.stream().map(Received::id).distinct().count(), "one delivery id on every attempt");
        for (Received r : forCase) {
            assertEquals(WebhookSignature.sign(SECRET, Long.parseLong(r.timestamp()), r.body()), r.signature());
            assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp())) < 120);
        }
        JsonPath event = JsonPath.from(new String(forCase.get(2).body(), StandardCharsets.UTF_8));
        assertEquals("REPORT_CREATED", event.getString("type"));
        assertEquals(caseNumber, event.getString("subject"));

        JsonPath log = as(Tokens.bawaslu()).get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, log.getInt("totalItems"));
        assertEquals("DELIVERED", log.getString("items[0].status"));
        assertEquals(forCase.get(0).id(), log.getString("items[0].id"));
        assertEquals(List.of(500, 500, 204), log.getList("items[0].attempts.statusCode"));
        assertEquals(List.of("HTTP_ERROR", "HTTP_ERROR", "DELIVERED"), log.getList("items[0].attempts.outcome"));
        for (Map<String, Object> attempt : log.<Map<String, Object>>getList("items[0].attempts")) {
            assertEquals(Set.of("attempt", "attemptedAt", "outcome", "statusCode"), attempt.keySet());
        }
        // Another officer does not see it; the owner ends it.
        as(Tokens.admin()).get("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(200);
        as(Tokens.bawaslu()).delete("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(204);
        as(Tokens.bawaslu()).get("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(200)
                .body("active", equalTo(false));
    }

    @Test
    void aDeliveryLeftByAStoppedReplicaIsSentWhenItsLeaseRunsOut() throws Exception {
        String subscription = subscribe(Tokens.admin(), List.of("CATALOGUE_CHANGED"));
        anonymous().contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports").then()
                .statusCode(201);
        as(Tokens.admin()).get("/api/v1/events").then().statusCode(200); // positions the report's event
        // The state a replica leaves when it stops mid-attempt: a claimed, pending delivery.
        String deliveryId = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            long subscriptionId = single(c, "SELECT id FROM webhook_subscription WHERE public_id = '" + subscription + "'");
            long eventId = single(c, "SELECT MAX(id) FROM domain_event WHERE position IS NOT NULL");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO webhook_delivery (public_id, subscription_id, "
                    + "event_id, status, attempts, next_attempt_at, lease_owner, lease_until, created_at) "
                    + "VALUES (?, ?, ?, 'PENDING', 0, ?, 'stopped-replica', ?, ?)")) {
                insert.setString(1, deliveryId);
                insert.setLong(2, subscriptionId);
                insert.setLong(3, eventId);
                insert.setObject(4, now);
                insert.setObject(5, now.plusSeconds(3));
                insert.setObject(6, now);
                insert.executeUpdate();
            }
        }
        Thread.sleep(1500);
        assertTrue(received.stream().noneMatch(r -> deliveryId.equals(r.id())), "sent while another replica held it");
        await(() -> received.stream().anyMatch(r -> deliveryId.equals(r.id())), "the abandoned delivery");
        Thread.sleep(1000);
        assertEquals(1, received.stream().filter(r -> deliveryId.equals(r.id())).count());
        as(Tokens.admin()).get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .body("items.find { it.id == '" + deliveryId + "' }.status", equalTo("DELIVERED"));
    }

    @Test
    void theHostIsResolvedOnceAndTheRequestGoesToTheCheckedAddressWithTheHostHeader() throws Exception {
        resolver.map("hooks.test", "127.0.0.1");
        String subscription = subscribe(Tokens.bawaslu(), List.of("REPORT_CREATED"), url("hooks.test"));
        assertEquals(1, resolver.lookups("hooks.test"), "one lookup at registration");
        String caseNumber = newReport();

        await(() -> received.stream().anyMatch(r -> r.mentions(caseNumber)), "the delivery to hooks.test");
        Received delivery = received.stream().filter(r -> r.mentions(caseNumber)).findFirst().orElseThrow();
        assertEquals("hooks.test:" + receiver.getAddress().getPort(), delivery.host());
        assertEquals(2, resolver.lookups("hooks.test"), "one more lookup for the attempt, none for the connection");
        JsonPath log = deliveryLog(Tokens.bawaslu(), subscription);
        assertEquals("DELIVERED", log.getString("items[0].attempts[0].outcome"));
        as(Tokens.bawaslu()).delete("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(204);
    }

    @Test
    void aNameRebindingAfterTheCheckCannotRedirectTheRequest() throws Exception {
        // Loopback for the registration and for the attempt's check; 10.0.0.1 for any further lookup.
        resolver.rebind("rebind-late.test", 2, List.of("127.0.0.1"), List.of("10.0.0.1"));
        String subscription = subscribe(Tokens.bawaslu(), List.of("REPORT_CREATED"), url("rebind-late.test"));
        String caseNumber = newReport();

        await(() -> received.stream().anyMatch(r -> r.mentions(caseNumber)), "the delivery to rebind-late.test");
        assertEquals(2, resolver.lookups("rebind-late.test"));
        List<WebhookTarget> handed = LoopbackOnlyTransport.HANDED.stream()
                .filter(t -> t.host().equals("rebind-late.test")).toList();
        assertEquals(1, handed.size());
        assertEquals(List.of(InetAddress.getByName("127.0.0.1")), handed.get(0).addresses());
        as(Tokens.bawaslu()).delete("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(204);
    }

    @Test
    void aNameRebindingToAPrivateAddressIsRefusedWithoutAConnection() throws Exception {
        // Loopback when registered (allowed in tests), 10.0.0.1 when the attempt looks again.
        resolver.rebind("rebind.test", 1, List.of("127.0.0.1"), List.of("10.0.0.1"));
        String subscription = subscribe(Tokens.bawaslu(), List.of("REPORT_CREATED"), url("rebind.test"));
        String caseNumber = newReport();

        await(() -> {
            List<Object> attempts = deliveryLog(Tokens.bawaslu(), subscription).getList("items[0].attempts");
            return attempts != null && !attempts.isEmpty();
        }, "the first attempt");
        JsonPath log = deliveryLog(Tokens.bawaslu(), subscription);
        assertEquals("TARGET_REFUSED", log.getString("items[0].attempts[0].outcome"));
        assertEquals(Set.of("attempt", "attemptedAt", "outcome"), log.<String, Object>getMap("items[0].attempts[0]").keySet());
        assertTrue(LoopbackOnlyTransport.HANDED.stream().noneMatch(t -> t.host().equals("rebind.test")),
                "the refused target never reached the transport");
        assertTrue(received.stream().noneMatch(r -> r.mentions(caseNumber)));
        as(Tokens.bawaslu()).delete("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(204);
    }

    @Test
    void theLogShowsAnUnreachableTargetWithoutErrorTextOrDuration() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        String subscription = subscribe(Tokens.bawaslu(), List.of("REPORT_CREATED"),
                "http://127.0.0.1:" + closedPort + "/hook");
        newReport();

        await(() -> {
            List<Object> attempts = deliveryLog(Tokens.bawaslu(), subscription).getList("items[0].attempts");
            return attempts != null && !attempts.isEmpty();
        }, "the first attempt");
        JsonPath log = deliveryLog(Tokens.bawaslu(), subscription);
        assertEquals("UNREACHABLE", log.getString("items[0].attempts[0].outcome"));
        assertEquals(Set.of("attempt", "attemptedAt", "outcome"), log.<String, Object>getMap("items[0].attempts[0]").keySet());
        assertTrue(!log.prettify().contains("Connect") && !log.prettify().contains("refused"), log.prettify());
        as(Tokens.bawaslu()).delete("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(204);
    }

    @Test
    void privateAndMetadataTargetsAreRefusedAtRegistrationWhereLoopbackIsAllowed() {
        resolver.map("intranet.test", "10.0.0.1");
        resolver.map("metadata.test", "93.184.216.34", "169.254.169.254");
        for (String url : List.of("http://10.0.0.1/hook", "http://172.16.5.4/hook", "https://192.168.1.1/hook",
                "http://100.64.0.1/hook", "http://169.254.169.254/latest/meta-data", "http://100.100.100.200/latest",
                "http://192.0.0.192/opc/v2", "http://[fd00:ec2::254]/latest", "http://[fc00::1]/hook",
                "http://[fe80::1]/hook", "http://0.0.0.0/hook", "http://[::]/hook", "http://224.0.0.1/hook",
                "http://[::ffff:10.0.0.1]/hook", "http://[64:ff9b::a9fe:a9fe]/hook", "http://[2002:c0a8:101::1]/hook",
                "https://intranet.test/hook", "https://metadata.test/hook", "https://unknown-name.test/hook")) {
            String detail = as(Tokens.admin()).contentType("application/json")
                    .body(Map.of("url", url, "eventTypes", List.of("REPORT_CREATED"), "secret", SECRET))
                    .post("/api/v1/webhook-subscriptions").then().statusCode(422)
                    .body("code", equalTo("WEBHOOK_TARGET_REFUSED"))
                    .body("errors[0].field", equalTo("url"))
                    .extract().path("detail");
            assertTrue(!detail.contains("10.0.0.1") || url.contains("10.0.0.1"), detail);
            assertTrue(!detail.contains("169.254.169.254") || url.contains("169.254.169.254"), detail);
        }
    }

    @Test
    void aSubscriptionExpiresAndItsOwnerRenewsIt() throws Exception {
        JsonPath created = as(Tokens.bawaslu()).contentType("application/json")
                .body(Map.of("url", url(), "eventTypes", List.of("REPORT_CREATED"), "secret", SECRET))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201)
                .body("expired", equalTo(false)).extract().jsonPath();
        String subscription = created.getString("id");
        assertEquals(Duration.ofDays(90), Duration.between(Instant.parse(created.getString("createdAt")),
                Instant.parse(created.getString("expiresAt"))), "the default lifetime");
        assertNull(created.getString("renewedAt"));

        expire(subscription);
        as(Tokens.bawaslu()).get("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(200)
                .body("expired", equalTo(true)).body("active", equalTo(true));
        String whileExpired = newReport();
        as(Tokens.admin()).get("/api/v1/events").then().statusCode(200); // sequences the event: no delivery queued
        try (Connection c = dataSource.getConnection()) {
            assertEquals(0, single(c, "SELECT COUNT(*) FROM webhook_delivery d JOIN webhook_subscription s "
                    + "ON s.id = d.subscription_id WHERE s.public_id = '" + subscription + "'"));
        }

        Instant renewing = Instant.now();
        JsonPath renewed = as(Tokens.bawaslu()).post("/api/v1/webhook-subscriptions/" + subscription + "/renewal")
                .then().statusCode(200).body("expired", equalTo(false)).extract().jsonPath();
        Instant expiresAt = Instant.parse(renewed.getString("expiresAt"));
        assertTrue(!expiresAt.isBefore(renewing.plus(Duration.ofDays(90))), expiresAt.toString());
        assertTrue(expiresAt.isBefore(Instant.now().plus(Duration.ofDays(90)).plusSeconds(1)), expiresAt.toString());
        assertTrue(!Instant.parse(renewed.getString("renewedAt")).isBefore(renewing.minusSeconds(1)));

        String afterRenewal = newReport();
        await(() -> received.stream().anyMatch(r -> r.mentions(afterRenewal)), "a delivery after the renewal");
        assertTrue(received.stream().noneMatch(r -> r.mentions(whileExpired)), "an event of the expired time arrived");
        as(Tokens.bawaslu()).delete("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(204);
    }

    @Test
    void whatWasQueuedBeforeTheExpiryIsNotSentAfterIt() throws Exception {
        String subscription = subscribe(Tokens.admin(), List.of("CATALOGUE_CHANGED"));
        newReport();
        as(Tokens.admin()).get("/api/v1/events").then().statusCode(200);
        expire(subscription);
        String deliveryId = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            long subscriptionId = single(c, "SELECT id FROM webhook_subscription WHERE public_id = '" + subscription + "'");
            long eventId = single(c, "SELECT MAX(id) FROM domain_event WHERE position IS NOT NULL");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO webhook_delivery (public_id, subscription_id, "
                    + "event_id, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?)")) {
                insert.setString(1, deliveryId);
                insert.setLong(2, subscriptionId);
                insert.setLong(3, eventId);
                insert.setObject(4, now);
                insert.setObject(5, now);
                insert.executeUpdate();
            }
        }
        await(() -> "CANCELLED".equals(deliveryLog(Tokens.admin(), subscription)
                .getString("items.find { it.id == '" + deliveryId + "' }.status")), "the queued delivery cancelled");
        assertTrue(received.stream().noneMatch(r -> deliveryId.equals(r.id())));
        assertEquals(List.of(), deliveryLog(Tokens.admin(), subscription)
                .getList("items.find { it.id == '" + deliveryId + "' }.attempts"));
    }

    @Test
    void onlyTheOwnerWithTheRoleStillHeldRenews() throws Exception {
        String wide = subscribe(Tokens.admin(), List.of("REPORT_CREATED", "EMPLOYEE_BLOCKED"));
        String expiresAt = as(Tokens.admin()).get("/api/v1/webhook-subscriptions/" + wide).then().statusCode(200)
                .extract().path("expiresAt");
        String renewal = "/api/v1/webhook-subscriptions/" + wide + "/renewal";
        // Another admin sees it but cannot renew it for its owner; a bawaslu officer does not see it.
        as(token("other-admin@test", Roles.ADMIN)).post(renewal).then().statusCode(403)
                .body("code", equalTo("WEBHOOK_SUBSCRIPTION_NOT_OWNER"));
        as(Tokens.bawaslu()).post(renewal).then().statusCode(404);
        // The owner lost the admin role: as bawaslu they may no longer receive employee events ...
        as(token("admin@test", Roles.BAWASLU)).post(renewal).then().statusCode(403)
                .body("code", equalTo("WEBHOOK_EVENT_TYPE_NOT_ALLOWED"));
        // ... and without either role they cannot renew anything.
        as(token("admin@test", Roles.VERIFIER)).post(renewal).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(Tokens.admin()).get("/api/v1/webhook-subscriptions/" + wide).then().statusCode(200)
                .body("expiresAt", equalTo(expiresAt)).body("renewedAt", nullValue());
        as(Tokens.admin()).post(renewal).then().statusCode(200).body("renewedAt", notNullValue());

        // A renewal takes the owner's current role.
        String reports = subscribe(Tokens.admin(), List.of("REPORT_CREATED"));
        as(token("admin@test", Roles.BAWASLU)).post("/api/v1/webhook-subscriptions/" + reports + "/renewal").then()
                .statusCode(200);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT owner_role FROM webhook_subscription WHERE public_id = ?")) {
            s.setString(1, reports);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(Roles.BAWASLU, rs.getString(1));
            }
        }

        // An ended subscription stays ended.
        for (String id : List.of(wide, reports)) {
            as(Tokens.admin()).delete("/api/v1/webhook-subscriptions/" + id).then().statusCode(204);
        }
        as(Tokens.admin()).post(renewal).then().statusCode(409).body("code", equalTo("WEBHOOK_SUBSCRIPTION_ENDED"));
    }

    /** Sets a subscription's expiry a minute in the past. */
    private void expire(String subscription) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE webhook_subscription SET expires_at = ? WHERE public_id = ?")) {
            update.setObject(1, LocalDateTime.ofInstant(Instant.now().minusSeconds(60), ZoneOffset.UTC));
            update.setString(2, subscription);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void registrationRefusesBadTargetsAndForeignScopes() {
        as(Tokens.admin()).contentType("application/json")
                .body(Map.of("url", "ftp://files.example/hook", "eventTypes", List.of("REPORT_CREATED"), "secret", SECRET))
                .post("/api/v1/webhook-subscriptions").then().statusCode(422)
                .body("code", equalTo("WEBHOOK_TARGET_REFUSED"));
        as(Tokens.admin()).contentType("application/json")
                .body(Map.of("url", "http://user:pw@127.0.0.1/hook", "eventTypes", List.of("REPORT_CREATED"),
                        "secret", SECRET))
                .post("/api/v1/webhook-subscriptions").then().statusCode(422);
        as(Tokens.bawaslu()).contentType("application/json")
                .body(Map.of("url", url(), "eventTypes", List.of("REPORT_CREATED", "EMPLOYEE_BLOCKED"), "secret", SECRET))
                .post("/api/v1/webhook-subscriptions").then().statusCode(403)
                .body("code", equalTo("WEBHOOK_EVENT_TYPE_NOT_ALLOWED"));
        invalidRequest(Tokens.admin()).contentType("application/json")
                .body(Map.of("url", url(), "eventTypes", List.of("REPORT_CREATED"), "secret", "short"))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400);
        as(Tokens.verifier()).get("/api/v1/webhook-subscriptions").then().statusCode(403);
        as(Tokens.bawaslu()).get("/api/v1/webhook-subscriptions/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("WEBHOOK_SUBSCRIPTION_NOT_FOUND"));
    }

    private static long single(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
