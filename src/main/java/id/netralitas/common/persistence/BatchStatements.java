package id.netralitas.common.persistence;

import com.mysql.cj.jdbc.JdbcConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Prepared statements for JDBC batches of many rows. On MySQL/MariaDB the connections use
 * server-side prepared statements (the exports' forward-only cursors need them), and a batch that
 * the driver rewrites into one multi-row statement would then be prepared on the server afresh for
 * every batch: a round trip that describes thousands of parameters, and most of the import's time.
 * A client-side statement sends the rewritten multi-row statement as text instead. On other
 * databases (H2) it is a plain prepared statement.
 */
public final class BatchStatements {

    private BatchStatements() {
    }

    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)) {
            return connection.unwrap(JdbcConnection.class).clientPrepareStatement(sql);
        }
        return connection.prepareStatement(sql);
    }
}
