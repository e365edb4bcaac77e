package id.netralitas.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    private static WebhookTargets targets(boolean allowPrivate) {
        WebhookTargets targets = new WebhookTargets();
        targets.config = new WebhookConfig() {
            public boolean allowPrivateTargets() { return allowPrivate; }
            public int maxAttempts() { return 10; }
            public Duration backoffBase() { return Duration.ofSeconds(10); }
            public Duration backoffMax() { return Duration.ofHours(1); }
            public Duration requestTimeout() { return Duration.ofSeconds(10); }
            public Duration lease() { return Duration.ofSeconds(60); }
            public String pollEvery() { return "1s"; }
            public int batchSize() { return 50; }
        };
        return targets;
    }

    @Test
    void productionRefusesLoopbackLinkLocalAndWildcardTargets() {
        WebhookTargets production = targets(false);
        for (String url : new String[] {"http://127.0.0.1/hook", "http://localhost:8080/x", "http://[::1]/x",
                "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/x", "http://224.0.0.1/x"}) {
            assertTrue(production.refusal(url).isPresent(), url);
        }
        assertEquals(Optional.empty(), production.refusal("https://10.20.30.40/bawaslu/hook"));
        assertEquals(Optional.empty(), targets(true).refusal("http://127.0.0.1:9/hook"));
    }

    @Test
    void onlyPlainHttpUrlsWithAHost() {
        WebhookTargets any = targets(true);
        assertTrue(any.refusal("ftp://example.org/x").isPresent());
        assertTrue(any.refusal("file:///etc/passwd").isPresent());
        assertTrue(any.refusal("http:///nohost").isPresent());
        assertTrue(any.refusal("https://user:pass@10.0.0.1/x").isPresent());
        assertTrue(any.refusal("not a url").isPresent());
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        WebhookDispatcher dispatcher = new WebhookDispatcher();
        dispatcher.config = targets(false).config;
        assertEquals(Duration.ofSeconds(10), dispatcher.backoff(1));
        assertEquals(Duration.ofSeconds(20), dispatcher.backoff(2));
        assertEquals(Duration.ofSeconds(80), dispatcher.backoff(4));
        assertEquals(Duration.ofHours(1), dispatcher.backoff(12));
    }
}
