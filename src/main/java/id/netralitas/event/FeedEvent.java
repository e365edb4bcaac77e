package id.netralitas.event;

import java.time.Instant;
import java.util.Map;

/** One event of the change feed; also the body of a webhook delivery. */
public record FeedEvent(
        long position,
        DomainEventType type,
        String subject,
        Instant occurredAt,
        Map<String, Object> data) {
}
