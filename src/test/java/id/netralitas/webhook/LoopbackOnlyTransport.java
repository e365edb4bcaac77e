package id.netralitas.webhook;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wraps the real transport in every {@code @QuarkusTest}: records each target it is handed and
 * refuses, before any socket is opened, one whose address is not loopback. Tests assert on
 * {@link #HANDED} that a refused target never reached the transport.
 */
@Decorator
@Priority(1)
abstract class LoopbackOnlyTransport implements WebhookTransport {

    static final List<WebhookTarget> HANDED = new CopyOnWriteArrayList<>();

    @Inject
    @Delegate
    @Any
    WebhookTransport delegate;

    @Override
    public int send(WebhookTarget target, Map<String, String> headers, byte[] body) throws Exception {
        HANDED.add(target);
        if (!target.address().isLoopbackAddress()) {
            throw new IllegalStateException("test guard: not connecting to " + target.address());
        }
        return delegate.send(target, headers, body);
    }
}
