package id.netralitas.report;

import id.netralitas.common.persistence.SqlFailures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Human-readable case numbers, {@code NET-2024-000123}: one counter per year of receipt, advanced
 * in the caller's transaction. The row lock taken by the UPDATE serialises concurrent intakes of
 * one year, so numbers are unique and, once committed, without gaps from this source (a rolled-back
 * intake gives its number back).
 *
 * <p>A year's counter row is created before it is advanced, in a transaction of its own. Creating
 * it inside the intake's transaction deadlocked: on MySQL/MariaDB the UPDATE of a missing row takes
 * a gap lock, and two first intakes of a year holding it each waited for the other's INSERT.
 */
@ApplicationScoped
public class CaseNumbers {

    @Inject
    AgroalDataSource dataSource;

    /** Years whose counter row is known to exist. */
    private final Set<Integer> counters = ConcurrentHashMap.newKeySet();

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        try {
            ensureCounterInOwnTransaction(year);
            try (Connection connection = dataSource.getConnection()) {
                if (advance(connection, year) == 0) {
                    throw new IllegalStateException("The case number counter of " + year + " is missing");
                }
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT last_value FROM case_number_sequence WHERE sequence_year = ?")) {
                    select.setInt(1, year);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        return String.format("NET-%d-%06d", year, rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot allocate a case number", e);
        }
    }

    /** The counter row is created in a transaction of its own (see the class comment). */
    private void ensureCounterInOwnTransaction(int year) {
        if (counters.contains(year)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> createCounter(year));
        counters.add(year);
    }

    /** Inserts the year's counter unless it exists; a concurrent insert of the same year is fine. */
    private void createCounter(int year) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT COUNT(*) FROM case_number_sequence WHERE sequence_year = ?")) {
                exists.setInt(1, year);
                try (ResultSet rs = exists.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO case_number_sequence (sequence_year, last_value) VALUES (?, 0)")) {
                insert.setInt(1, year);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            if (!SqlFailures.isUniqueViolation(e)) {
                throw new IllegalStateException("Cannot allocate a case number", e);
            }
        }
    }

    private static int advance(Connection connection, int year) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE case_number_sequence SET last_value = last_value + 1 WHERE sequence_year = ?")) {
            update.setInt(1, year);
            return update.executeUpdate();
        }
    }

}
