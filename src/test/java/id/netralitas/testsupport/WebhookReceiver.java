package id.netralitas.testsupport;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A webhook target on the loopback interface that answers 204 to everything and keeps each delivery
 * with the path it was sent to, so that one receiver serves several subscriptions
 * ({@code url("bawaslu-74")}, {@code url("admin")}, ...).
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final String PREFIX = "/hook/";

    /** One delivery: the subscription's path (after {@code /hook/}), the request headers and the body. */
    public record Delivery(String path, Map<String, List<String>> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonPath json() {
            return JsonPath.from(text());
        }
    }

    private final HttpServer server;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on 127.0.0.1 on a free port. */
    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext(PREFIX, exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
                receiver.received.add(new Delivery(path, Map.copyOf(exchange.getRequestHeaders()), body));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The target URL for deliveries kept under {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + path;
    }

    public List<Delivery> all() {
        return List.copyOf(received);
    }

    public List<Delivery> received(String path) {
        return received.stream().filter(d -> d.path().equals(path)).toList();
    }

    /** Waits until a delivery to {@code path} matches; false when none did within the timeout. */
    public boolean await(String path, Predicate<Delivery> wanted, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (received(path).stream().anyMatch(wanted)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return received(path).stream().anyMatch(wanted);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
