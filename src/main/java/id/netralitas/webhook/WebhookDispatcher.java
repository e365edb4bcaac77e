package id.netralitas.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.common.security.PersonalDataCipher;
import id.netralitas.event.FeedEvent;
import id.netralitas.event.FeedService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries. Each replica claims a due delivery with a lease (a conditional update
 * that only one replica can win), sends it outside any transaction, and records the attempt; a
 * failure is retried with exponential backoff up to the configured number of attempts. A replica
 * that dies mid-send leaves a lease that expires, and the delivery is taken up again, also after a
 * restart: all state is in the database. Every attempt checks the target again
 * ({@link WebhookTargets#check}: one lookup, every address checked) and connects to the checked
 * address. The subscriber's delivery log gets each attempt's outcome only; the details are
 * logged here. A delivery of an ended or expired subscription is cancelled unsent.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final String replica = replicaName();

    @Inject
    WebhookConfig config;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookTransport transport;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    FeedService feed;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookSubscriptionRepository subscriptions;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookAttemptRepository attempts;

    @Scheduled(identity = "webhook-dispatcher", every = "${netralitas.webhooks.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatchDue();
    }

    /** Sends what is due now; answers how many attempts were made. */
    public int dispatchDue() {
        Instant now = Instant.now();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> deliveries.dueIds(now, config.batchSize()));
        int attempts = 0;
        for (Long id : due) {
            if (claim(id)) {
                attempt(id);
                attempts++;
            }
        }
        return attempts;
    }

    private boolean claim(long id) {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> deliveries.lease(id, replica, now.plus(config.lease()), now));
    }

    private record Prepared(String url, String secret, byte[] body, String deliveryId, String subscriptionId,
                            boolean active, boolean expired) {
    }

    private void attempt(long id) {
        Prepared prepared = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = deliveries.findById(id);
            WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId);
            FeedEvent event = feed.at(delivery.eventId);
            return new Prepared(subscription.url, cipher.decrypt(subscription.secretEncrypted),
                    json.writeValueAsBytes(event), delivery.publicId, subscription.publicId, subscription.active,
                    subscription.isExpired(Instant.now()));
        });
        if (!prepared.active() || prepared.expired()) {
            // Ended or expired: nothing is sent, also what was queued before.
            QuarkusTransaction.requiringNew().run(() -> deliveries.cancel(id));
            return;
        }
        Instant started = Instant.now();
        long startedNanos = System.nanoTime();
        Integer statusCode = null;
        WebhookAttempt.Outcome outcome;
        String detail;
        String host = "-";
        try {
            WebhookTarget target = targets.check(prepared.url());
            host = target.host() + ":" + target.port() + " (" + target.address().getHostAddress() + ")";
            statusCode = transport.send(target, signedHeaders(prepared, Instant.now().getEpochSecond()),
                    prepared.body());
            outcome = statusCode >= 200 && statusCode < 300 ? WebhookAttempt.Outcome.DELIVERED
                    : WebhookAttempt.Outcome.HTTP_ERROR;
            detail = "HTTP " + statusCode;
        } catch (WebhookTargets.Refused e) {
            outcome = WebhookAttempt.Outcome.TARGET_REFUSED;
            detail = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = WebhookAttempt.Outcome.UNREACHABLE;
            detail = "interrupted";
        } catch (Exception e) {
            outcome = WebhookAttempt.Outcome.UNREACHABLE;
            detail = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        long durationMs = Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        if (outcome != WebhookAttempt.Outcome.DELIVERED) {
            // The details stay here: the subscriber's delivery log shows only the outcome.
            LOG.infof("Webhook delivery %s of subscription %s to %s: %s after %d ms (%s)", prepared.deliveryId(),
                    prepared.subscriptionId(), host, outcome, durationMs, detail);
        }
        record(id, started, outcome, statusCode, durationMs);
    }

    /** The headers of one attempt, the body signed at {@code timestamp} (docs/webhooks.md). */
    private static Map<String, String> signedHeaders(Prepared prepared, long timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "netralitas-asn-api-webhooks");
        headers.put(WebhookSignature.ID_HEADER, prepared.deliveryId());
        headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(prepared.secret(), timestamp,
                prepared.body()));
        return headers;
    }

    private void record(long id, Instant started, WebhookAttempt.Outcome outcome, Integer statusCode, long durationMs) {
        boolean delivered = outcome == WebhookAttempt.Outcome.DELIVERED;
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = deliveries.findById(id);
            if (!replica.equals(delivery.leaseOwner)) {
                LOG.warnf("Lease on webhook delivery %s lost before its outcome was recorded", delivery.publicId);
            }
            delivery.attempts++;
            WebhookAttempt attempt = new WebhookAttempt();
            attempt.deliveryId = id;
            attempt.attempt = delivery.attempts;
            attempt.attemptedAt = started;
            attempt.statusCode = statusCode;
            attempt.error = statusCode == null ? outcome.name() : null;
            attempt.durationMs = durationMs;
            attempts.persist(attempt);
            // Times the subscriber sees derive from the start, so none of them tells how long the target took.
            if (delivered) {
                delivery.status = WebhookDelivery.Status.DELIVERED;
                delivery.deliveredAt = started;
            } else if (delivery.attempts >= config.maxAttempts()) {
                delivery.status = WebhookDelivery.Status.FAILED;
            } else {
                delivery.nextAttemptAt = started.plus(backoff(delivery.attempts));
            }
            delivery.leaseOwner = null;
            delivery.leaseUntil = null;
        });
    }

    /** The wait after the n-th failed attempt: base, 2 × base, 4 × base, ... up to the maximum. */
    Duration backoff(int failedAttempts) {
        Duration wait = config.backoffBase().multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : wait;
    }

    private static String replicaName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "replica";
        }
        String name = host + "/" + UUID.randomUUID();
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
