package id.netralitas.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook settings; keys set from environment variables have their defaults in application.properties. */
@ConfigMapping(prefix = "netralitas.webhooks")
public interface WebhookConfig {

    /**
     * Allow loopback targets (127.0.0.0/8, ::1) for tests and local development. Nothing else that is
     * not a public address (private, carrier-grade NAT, link-local, unique-local, cloud metadata,
     * multicast, reserved) is allowed either way.
     */
    boolean allowPrivateTargets();

    /** How long a subscription lasts from its registration or its latest renewal. */
    Duration subscriptionLifetime();

    /** Attempts before a delivery is given up as FAILED. */
    int maxAttempts();

    /** Wait after the first failure; doubled after each further one. */
    Duration backoffBase();

    /** Longest wait between two attempts. */
    Duration backoffMax();

    /** Time allowed for the receiver to answer. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** How long a replica holds a claimed delivery; longer than the request timeout. */
    @WithDefault("PT60S")
    Duration lease();

    /** How often due deliveries are looked for; read by the dispatcher's schedule (default in application.properties). */
    String pollEvery();

    /** Deliveries claimed per polling round. */
    @WithDefault("50")
    int batchSize();
}
