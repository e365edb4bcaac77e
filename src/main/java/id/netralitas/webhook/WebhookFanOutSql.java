package id.netralitas.webhook;

import id.netralitas.common.persistence.BatchStatements;
import id.netralitas.event.EventsPositioned;
import id.netralitas.event.FeedScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Queues a delivery for every active subscription that wants a newly positioned event and whose
 * owner's scope covers it (a regional officer's subscription gets only its region's events, by the
 * rule of {@link FeedScope}). Runs in the
 * sequencer's transaction, so each event is queued once per subscription (also enforced by a
 * unique key). A subscription's event types were checked against its owner's scope when it was
 * created.
 */
@ApplicationScoped
public class WebhookFanOutSql {

    void onPositioned(@Observes EventsPositioned positioned) {
        try {
            enqueue(positioned.connection(), positioned.firstPosition(), positioned.lastPosition());
        } catch (SQLException e) {
            throw new IllegalStateException("Queuing webhook deliveries failed", e);
        }
    }

    public void enqueue(Connection connection, long firstPosition, long lastPosition) throws SQLException {
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        try (PreparedStatement select = connection.prepareStatement("SELECT s.id, de.id FROM domain_event de "
                + "JOIN webhook_subscription_type t ON t.event_type = de.event_type "
                + "JOIN webhook_subscription s ON s.id = t.subscription_id AND s.active = TRUE "
                + "AND s.expires_at > de.sequenced_at "
                + "WHERE de.position BETWEEN ? AND ? AND " + FeedScope.subscriptionCondition()
                + " ORDER BY de.position, s.id");
             PreparedStatement insert = BatchStatements.prepare(connection, "INSERT INTO webhook_delivery (public_id, "
                     + "subscription_id, event_id, status, attempts, next_attempt_at, created_at) "
                     + "VALUES (?, ?, ?, 'PENDING', 0, ?, ?)")) {
            select.setLong(1, firstPosition);
            select.setLong(2, lastPosition);
            int queued = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setLong(2, rs.getLong(1));
                    insert.setLong(3, rs.getLong(2));
                    insert.setObject(4, now);
                    insert.setObject(5, now);
                    insert.addBatch();
                    queued++;
                }
            }
            if (queued > 0) {
                insert.executeBatch();
            }
        }
    }
}
