package id.netralitas.event;

import id.netralitas.common.persistence.HeadRow;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives committed outbox events their feed positions. One sequencer runs at a time across all
 * replicas (it holds the lock of the single head row), it only sees committed events, and it
 * numbers them consecutively after the last position: the feed has no gaps, no repeats, and a
 * position once visible never gains a smaller neighbour. Observers of
 * {@link EventsPositioned} (webhook fan-out) queue their work in the same transaction.
 */
@ApplicationScoped
public class FeedSequencer {

    static final int BATCH = 1000;
    private static final String HEAD = "domain_event_head";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Event<EventsPositioned> positioned;

    @Scheduled(identity = "feed-sequencer", every = "${netralitas.events.sequence-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sequencePending();
    }

    /** Positions every event committed so far; answers the last position. */
    public long sequencePending() {
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew().call(this::sequenceBatch);
            if (batch.count() < BATCH) {
                return batch.lastPosition();
            }
        }
    }

    /** Whether committed events wait for a position (a cheap check before sequencing on read). */
    public boolean hasPending() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("SELECT id FROM domain_event WHERE position IS NULL LIMIT 1");
                 ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    private record Batch(int count, long lastPosition) {
    }

    private Batch sequenceBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // The head lock comes first, so the read of pending events below starts its snapshot
            // only once no other sequencer can run.
            long last = HeadRow.lock(connection, HEAD, "last_position", rs -> rs.getLong(1));
            List<Long> pending = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM domain_event WHERE position IS NULL ORDER BY id LIMIT " + BATCH);
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pending.add(rs.getLong(1));
                }
            }
            if (pending.isEmpty()) {
                return new Batch(0, last);
            }
            long first = last + 1;
            LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE domain_event SET position = ?, sequenced_at = ? WHERE id = ?")) {
                for (Long id : pending) {
                    update.setLong(1, ++last);
                    update.setObject(2, now);
                    update.setLong(3, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            HeadRow.update(connection, HEAD, "last_position = ?", last);
            positioned.fire(new EventsPositioned(connection, first, last));
            return new Batch(pending.size(), last);
        }
    }
}
