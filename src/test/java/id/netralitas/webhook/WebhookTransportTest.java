package id.netralitas.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.dns.AddressResolverOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.PfxOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transport connects to the address the check accepted and keeps the URL's host for the
 * {@code Host} header, the TLS server name and the certificate check. The names used here exist
 * only in the test resolver, which maps them to 127.0.0.1: had the transport looked a name up
 * again, the request could not have arrived (and this Vert.x instance asks no DNS server but
 * loopback). Receivers listen on 127.0.0.1 only.
 */
class WebhookTransportTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;

    private static Vertx vertx;
    private static Path keyStore;
    private static Path certificate;

    private record Seen(String host, String serverName, String uri, String webhookId, String body) {
    }

    @BeforeAll
    static void setUp() throws Exception {
        vertx = Vertx.vertx(new VertxOptions().setAddressResolverOptions(
                new AddressResolverOptions().setServers(List.of("127.0.0.1")).setMaxQueries(1).setQueryTimeout(500)));
        keyStore = dir.resolve("hooks.p12");
        certificate = dir.resolve("hooks.pem");
        keytool("-genkeypair", "-alias", "hooks", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=hooks.test",
                "-ext", "SAN=dns:hooks.test", "-validity", "2", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "hooks", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
    }

    @AfterAll
    static void tearDown() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }

    private static HttpServer listen(boolean tls, List<Seen> seen, Consumer<HttpServerRequest> answer) throws Exception {
        HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(0);
        if (tls) {
            options.setSsl(true).setSni(true).setKeyCertOptions(new PfxOptions().setPath(keyStore.toString())
                    .setPassword(PASSWORD));
        }
        return vertx.createHttpServer(options).requestHandler(request -> request.body().onSuccess(body -> {
            seen.add(new Seen(request.getHeader("Host"), request.connection().indicatedServerName(), request.uri(),
                    request.getHeader(WebhookSignature.ID_HEADER), body.toString(StandardCharsets.UTF_8)));
            answer.accept(request);
        })).listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static VertxWebhookTransport transport(Duration timeout) {
        VertxWebhookTransport transport = new VertxWebhookTransport();
        transport.open(vertx, timeout, VertxWebhookTransport.clientOptions()
                .setTrustOptions(new PemTrustOptions().addCertPath(certificate.toString())));
        return transport;
    }

    private static WebhookTarget target(String url) throws WebhookTargets.Refused {
        return WebhookTargetsTest.targets(true, new TestWebhookResolver().map("hooks.test", "127.0.0.1")
                .map("other.test", "127.0.0.1")).check(url);
    }

    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json",
            WebhookSignature.ID_HEADER, "0b9f6c1e-9c1a-4d59-a3a0-5f1a8d0f6a11");
    private static final byte[] BODY = "{\"type\":\"REPORT_CREATED\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void httpGoesToTheCheckedAddressWithTheUrlsHost() throws Exception {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        HttpServer server = listen(false, seen, request -> request.response().setStatusCode(204).end());
        try {
            int port = server.actualPort();
            assertEquals(204, transport(Duration.ofSeconds(5)).send(target("http://hooks.test:" + port + "/hook?a=1&b=%20"),
                    HEADERS, BODY));
            assertEquals(List.of(new Seen("hooks.test:" + port, null, "/hook?a=1&b=%20",
                    HEADERS.get(WebhookSignature.ID_HEADER), new String(BODY, StandardCharsets.UTF_8))), seen);
        } finally {
            server.close();
        }
    }

    @Test
    void httpsSendsTheUrlsHostAsServerNameAndVerifiesTheCertificateAgainstIt() throws Exception {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        HttpServer server = listen(true, seen, request -> request.response().setStatusCode(202).end());
        try {
            int port = server.actualPort();
            VertxWebhookTransport transport = transport(Duration.ofSeconds(5));
            assertEquals(202, transport.send(target("https://hooks.test:" + port + "/hook"), HEADERS, BODY));
            assertEquals(1, seen.size());
            assertEquals("hooks.test:" + port, seen.get(0).host());
            assertEquals("hooks.test", seen.get(0).serverName());
            // Same address, same certificate, another name: the certificate does not match it.
            assertThrows(Exception.class, () -> transport.send(target("https://other.test:" + port + "/hook"), HEADERS,
                    BODY));
            assertEquals(1, seen.size(), "nothing sent over a connection whose certificate did not match");
        } finally {
            server.close();
        }
    }

    @Test
    void anyStatusIsAnAnswerAndNoStatusWithinTheTimeoutIsNot() throws Exception {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        HttpServer failing = listen(false, seen, request -> request.response().setStatusCode(500).end("oops"));
        HttpServer silent = listen(false, seen, request -> {
        });
        try {
            VertxWebhookTransport transport = transport(Duration.ofMillis(700));
            assertEquals(500, transport.send(target("http://hooks.test:" + failing.actualPort() + "/"), HEADERS, BODY));
            long started = System.nanoTime();
            assertThrows(Exception.class, () -> transport.send(target("http://hooks.test:" + silent.actualPort()
                    + "/"), HEADERS, BODY));
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "the timeout bounds the attempt");
        } finally {
            failing.close();
            silent.close();
        }
    }
}
