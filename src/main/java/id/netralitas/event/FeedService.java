package id.netralitas.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the change feed after a cursor, within the reader's scope. */
@ApplicationScoped
public class FeedService {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FeedSequencer sequencer;

    @Inject
    ObjectMapper json;

    public FeedPage read(long after, int limit, Set<DomainEventType> types, FeedScope scope) {
        if (sequencer.hasPending()) {
            sequencer.sequencePending();
        }
        Set<DomainEventType> wanted = (types.isEmpty() ? Set.of(DomainEventType.values()) : types).stream()
                .filter(scope::admits).collect(Collectors.toSet());
        try (Connection connection = dataSource.getConnection()) {
            // Everything up to the head is positioned and committed: reading up to it, and no further,
            // makes the cursor safe whatever the isolation level.
            long head = head(connection);
            if (after >= head || wanted.isEmpty()) {
                return new FeedPage(List.of(), Long.toString(Math.max(after, wanted.isEmpty() ? head : after)), false);
            }
            StringBuilder sql = new StringBuilder("SELECT de.position, de.event_type, de.subject, de.occurred_at, "
                    + "de.payload FROM domain_event de WHERE de.position > ? AND de.position <= ?");
            if (wanted.size() < DomainEventType.values().length) {
                sql.append(" AND de.event_type IN (")
                        .append(wanted.stream().map(t -> "'" + t.name() + "'").sorted().collect(Collectors.joining(", ")))
                        .append(')');
            }
            FeedScope.Sql scoped = scope.sql();
            sql.append(scoped.condition());
            sql.append(" ORDER BY de.position LIMIT ?");
            List<FeedEvent> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                int i = 1;
                select.setLong(i++, after);
                select.setLong(i++, head);
                for (Object value : scoped.params()) {
                    select.setObject(i++, value);
                }
                select.setInt(i, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(event(rs));
                    }
                }
            }
            boolean full = items.size() == limit;
            long next = full ? items.get(items.size() - 1).position() : head;
            return new FeedPage(items, Long.toString(next), next < head);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Reading the change feed failed", e);
        }
    }

    /** One event by its id, for webhook deliveries; read in the caller's transaction. */
    public FeedEvent at(long eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT position, event_type, subject, "
                     + "occurred_at, payload FROM domain_event WHERE id = ?")) {
            select.setLong(1, eventId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No event " + eventId);
                }
                return event(rs);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Reading event " + eventId + " failed", e);
        }
    }

    /** A row of {@code position, event_type, subject, occurred_at, payload}. */
    @SuppressWarnings("unchecked")
    private FeedEvent event(ResultSet rs) throws SQLException, IOException {
        return new FeedEvent(rs.getLong(1), DomainEventType.valueOf(rs.getString(2)), rs.getString(3),
                rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC), json.readValue(rs.getString(5), Map.class));
    }

    private static long head(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT last_position FROM domain_event_head WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
