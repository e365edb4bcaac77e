package id.netralitas.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends webhook requests with the Vert.x HTTP client, connecting to the address the target check
 * accepted: {@link RequestOptions#setServer} names the socket address (already resolved, so nothing
 * is looked up again) while the request's host stays the URL's host, which becomes the
 * {@code Host} header, the TLS server name (SNI) and the name the certificate is verified against.
 * No proxy, no redirects, no connection reuse; the status line is all that is read of the answer.
 */
@ApplicationScoped
public class VertxWebhookTransport implements WebhookTransport {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    @Inject
    Vertx vertx;

    @Inject
    WebhookConfig config;

    private HttpClient client;
    private Duration timeout;

    @PostConstruct
    void start() {
        open(vertx, config.requestTimeout(), clientOptions());
    }

    @PreDestroy
    void stop() {
        if (client != null) {
            client.close();
        }
    }

    /** The client's settings: the JDK's trusted certificates, host names verified, one connection per request. */
    static HttpClientOptions clientOptions() {
        return new HttpClientOptions()
                .setName("webhooks")
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setTrustAll(false)
                .setTryUseCompression(false)
                .setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
    }

    /** Creates the client; tests call it with a Vert.x instance and trust settings of their own. */
    void open(Vertx vertx, Duration timeout, HttpClientOptions options) {
        this.timeout = timeout;
        this.client = vertx.createHttpClient(options);
    }

    @Override
    public int send(WebhookTarget target, Map<String, String> headers, byte[] body) throws Exception {
        long timeoutMs = Math.max(1, timeout.toMillis());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(Math.min(timeoutMs, CONNECT_TIMEOUT.toMillis()))
                .setIdleTimeout(timeoutMs);
        headers.forEach(options::putHeader);
        AtomicReference<HttpClientRequest> sending = new AtomicReference<>();
        CompletableFuture<Integer> answer = new CompletableFuture<>();
        client.request(options)
                .compose(request -> {
                    sending.set(request);
                    return request.send(Buffer.buffer(body));
                })
                .onSuccess(response -> {
                    answer.complete(response.statusCode());
                    // The body is not needed: drop the connection rather than read it (the reset this
                    // reports to the response is expected).
                    response.exceptionHandler(ignored -> {
                    });
                    response.request().reset();
                })
                .onFailure(answer::completeExceptionally);
        try {
            return answer.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            HttpClientRequest request = sending.get();
            if (request != null) {
                request.reset();
            }
            throw new TimeoutException("no answer within " + timeout);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
