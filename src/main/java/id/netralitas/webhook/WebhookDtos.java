package id.netralitas.webhook;

import id.netralitas.event.DomainEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the webhook endpoints. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "WebhookSubscriptionRequest")
    public record SubscriptionRequest(
            @Schema(required = true, description = "http or https, without credentials or fragment; the host must "
                    + "resolve to public addresses only (no private, loopback, link-local, unique-local, carrier-grade "
                    + "NAT, cloud metadata, multicast or reserved address)",
                    maxLength = 2000, example = "https://integrasi.bawaslu.go.id/hooks/netralitas")
            @NotBlank @Size(max = 2000) String url,
            @Schema(required = true, description = "The event types to receive; bawaslu may choose report events and "
                    + "CATALOGUE_CHANGED", maxItems = 20) @NotEmpty @Size(max = 20) Set<@NotNull DomainEventType> eventTypes,
            @Schema(required = true, description = "Shared secret for the HMAC signature, 32 to 200 characters; stored "
                    + "encrypted and never shown again", minLength = 32, maxLength = 200, writeOnly = true)
            @NotBlank @Size(min = 32, max = 200) String secret,
            @Schema(maxLength = 200) @Size(max = 200) String description) {
    }

    @Schema(name = "WebhookSubscription")
    public record SubscriptionResponse(
            @Schema(format = "uuid", maxLength = 36) String id,
            @Schema(maxLength = 2000) String url,
            @Schema(maxItems = 20) List<DomainEventType> eventTypes,
            @Schema(maxLength = 200) String description,
            @Schema(maxLength = 200) String owner,
            @Schema(description = "False once ended (DELETE); an ended subscription cannot be renewed") boolean active,
            @Schema(format = "date-time", maxLength = 40) Instant createdAt,
            @Schema(format = "date-time", maxLength = 40) Instant deactivatedAt,
            @Schema(description = "Events sequenced from this time on are not delivered, and nothing queued is sent "
                    + "any more, until the owner renews the subscription", format = "date-time", maxLength = 40)
            Instant expiresAt,
            @Schema(description = "Whether expiresAt has passed") boolean expired,
            @Schema(description = "The latest renewal", format = "date-time", maxLength = 40) Instant renewedAt) {

        static SubscriptionResponse of(WebhookSubscription s) {
            return new SubscriptionResponse(s.publicId, s.url, s.eventTypes.stream().sorted().toList(), s.description,
                    s.owner, s.active, s.createdAt, s.deactivatedAt, s.expiresAt, s.isExpired(Instant.now()),
                    s.renewedAt);
        }
    }

    @Schema(name = "WebhookAttempt", description = "One attempt: when it started and its outcome. Why a target could "
            + "not be reached, and how long an attempt took, are not shown (they are in the server log).")
    public record AttemptResponse(
            @Schema(format = "int32", minimum = "1", maximum = "1000") int attempt,
            @Schema(description = "When the attempt started", format = "date-time", maxLength = 40) Instant attemptedAt,
            @Schema(description = "DELIVERED: the receiver answered 2xx. HTTP_ERROR: it answered another status. "
                    + "UNREACHABLE: no answer (no connection, a failed TLS handshake, a reset or no status within the "
                    + "timeout, all alike). TARGET_REFUSED: not sent, because the host did not resolve, or not only "
                    + "to public addresses.", maxLength = 20) WebhookAttempt.Outcome outcome,
            @Schema(description = "The receiver's HTTP status (DELIVERED and HTTP_ERROR only)", format = "int32",
                    minimum = "100", maximum = "599") Integer statusCode) {

        static AttemptResponse of(WebhookAttempt a) {
            return new AttemptResponse(a.attempt, a.attemptedAt, a.outcome(), a.statusCode);
        }
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryResponse(
            @Schema(description = "Sent as the Webhook-Id header, the same on every attempt", format = "uuid",
                    maxLength = 36) String id,
            @Schema(format = "int64", minimum = "1", maximum = "9007199254740991") long eventPosition,
            DomainEventType eventType,
            WebhookDelivery.Status status,
            @Schema(format = "date-time", maxLength = 40) Instant createdAt,
            @Schema(description = "When the next attempt is due (PENDING only)", format = "date-time", maxLength = 40)
            Instant nextAttemptAt,
            @Schema(description = "When the successful attempt started", format = "date-time", maxLength = 40)
            Instant deliveredAt,
            @Schema(maxItems = 1000) List<AttemptResponse> attempts) {
    }
}
