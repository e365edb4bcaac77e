package id.netralitas.webhook;

import id.netralitas.event.DomainEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Bodies of the webhook endpoints. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    public record SubscriptionRequest(
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = 20) Set<@NotNull DomainEventType> eventTypes,
            @NotBlank @Size(min = 32, max = 200) String secret,
            @Size(max = 200) String description) {
    }

    public record SubscriptionResponse(
            String id,
            String url,
            List<DomainEventType> eventTypes,
            String description,
            String owner,
            boolean active,
            Instant createdAt,
            Instant deactivatedAt,
            Instant expiresAt,
            boolean expired,
            Instant renewedAt) {

        static SubscriptionResponse of(WebhookSubscription s) {
            return new SubscriptionResponse(s.publicId, s.url, s.eventTypes.stream().sorted().toList(), s.description,
                    s.owner, s.active, s.createdAt, s.deactivatedAt, s.expiresAt, s.isExpired(Instant.now()),
                    s.renewedAt);
        }
    }

    public record AttemptResponse(
            int attempt,
            Instant attemptedAt,
            WebhookAttempt.Outcome outcome,
            Integer statusCode) {

        static AttemptResponse of(WebhookAttempt a) {
            return new AttemptResponse(a.attempt, a.attemptedAt, a.outcome(), a.statusCode);
        }
    }

    public record DeliveryResponse(
            String id,
            long eventPosition,
            DomainEventType eventType,
            WebhookDelivery.Status status,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant deliveredAt,
            List<AttemptResponse> attempts) {
    }
}
