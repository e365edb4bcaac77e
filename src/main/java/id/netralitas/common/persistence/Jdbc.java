package id.netralitas.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Plain JDBC statements with their parameters bound in order ({@code setObject}; java.time values as they are). */
public final class Jdbc {

    private Jdbc() {
    }

    /** Runs one INSERT, UPDATE or DELETE; the number of rows it changed. */
    public static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }

    /** Binds {@code values} to parameters 1, 2, ... */
    public static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
