package id.netralitas.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A single-row head table (id = 1) that serialises appenders: {@link #lock} reads it under a row
 * lock held until the transaction ends, {@link #update} writes the new head in the same transaction.
 */
public final class HeadRow {

    /** Reads the locked row's selected columns. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private HeadRow() {
    }

    /** {@code SELECT columns FROM table WHERE id = 1 FOR UPDATE}, read by {@code reader}. */
    public static <T> T lock(Connection connection, String table, String columns, Reader<T> reader)
            throws SQLException {
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT " + columns + " FROM " + table + " WHERE id = 1 FOR UPDATE");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            return reader.read(rs);
        }
    }

    /** {@code UPDATE table SET assignments WHERE id = 1} with the values bound in order. */
    public static void update(Connection connection, String table, String assignments, Object... values)
            throws SQLException {
        Jdbc.update(connection, "UPDATE " + table + " SET " + assignments + " WHERE id = 1", values);
    }
}
