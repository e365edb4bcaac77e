package id.netralitas.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Human-readable case numbers, {@code NET-2024-000123}: one counter per year of receipt, advanced
 * in the caller's transaction. The row lock taken by the UPDATE serialises concurrent intakes of
 * one year, so numbers are unique and, once committed, without gaps from this source (a rolled-back
 * intake gives its number back).
 */
@ApplicationScoped
public class CaseNumbers {

    @Inject
    AgroalDataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        try (Connection connection = dataSource.getConnection()) {
            if (advance(connection, year) == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO case_number_sequence (sequence_year, last_value) VALUES (?, 0)")) {
                    insert.setInt(1, year);
                    insert.executeUpdate();
                } catch (SQLIntegrityConstraintViolationException raced) {
                    // another intake created the year's counter first
                } catch (SQLException e) {
                    if (!isDuplicate(e)) {
                        throw e;
                    }
                }
                advance(connection, year);
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT last_value FROM case_number_sequence WHERE sequence_year = ?")) {
                select.setInt(1, year);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return String.format("NET-%d-%06d", year, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot allocate a case number", e);
        }
    }

    private static int advance(Connection connection, int year) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE case_number_sequence SET last_value = last_value + 1 WHERE sequence_year = ?")) {
            update.setInt(1, year);
            return update.executeUpdate();
        }
    }

    private static boolean isDuplicate(SQLException e) {
        // SQLState class 23: integrity constraint violation (H2 and MySQL drivers both use it)
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
