package id.netralitas.webhook;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One try at sending a delivery: when it started, and the receiver's status code or, without an
 * answer, the category of the failure. The failure's details (exception, resolved addresses,
 * duration) go to the server log only: the subscriber reads this log, and details of why a target
 * could not be reached would let them probe hosts and ports through the service.
 */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends GeneratedIdEntity {

    /** What the subscriber learns of an attempt. */
    public enum Outcome {
        /** The receiver answered 2xx. */
        DELIVERED,
        /** The receiver answered another status. */
        HTTP_ERROR,
        /** No answer: no connection, a failed TLS handshake, a reset, or no status within the timeout. */
        UNREACHABLE,
        /** Not sent: the host did not resolve, or not only to public addresses. */
        TARGET_REFUSED
    }

    public Long deliveryId;

    public int attempt;

    /** When the attempt started (not when it ended, which would tell how long the target took). */
    public Instant attemptedAt;

    public Integer statusCode;

    /**
     * The failure's {@link Outcome} name when the receiver did not answer ({@code UNREACHABLE} or
     * {@code TARGET_REFUSED}); null otherwise. Attempts recorded before outcomes were kept hold the
     * error text here instead, which {@link #outcome()} reads as {@code UNREACHABLE} (or
     * {@code TARGET_REFUSED} for a refusal) and never shows.
     */
    public String error;

    /** For operators; never shown to the subscriber. */
    public long durationMs;

    public Outcome outcome() {
        if (statusCode != null) {
            return statusCode >= 200 && statusCode < 300 ? Outcome.DELIVERED : Outcome.HTTP_ERROR;
        }
        if (error != null && (error.equals(Outcome.TARGET_REFUSED.name()) || error.startsWith("Target refused"))) {
            return Outcome.TARGET_REFUSED;
        }
        return Outcome.UNREACHABLE;
    }
}
