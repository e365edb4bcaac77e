package id.netralitas.testsupport;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Change-feed positions for tests that read {@code GET /events} from "now" on. */
public final class FeedCursor {

    private FeedCursor() {
    }

    /**
     * The last position given so far: every event committed after this call gets a larger one, so it
     * is the {@code after} cursor of a reader that wants only what a test does next.
     */
    public static long head(AgroalDataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT last_position FROM domain_event_head WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
