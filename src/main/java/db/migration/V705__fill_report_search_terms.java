package db.migration;

import id.netralitas.report.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code report_search_term} for the cases filed before it existed, {@value #CHUNK} cases at a
 * time in id order, with the terms {@link SearchTerms} makes of their numbers, description, reported
 * persons' names and decree numbers (what the service keeps from then on).
 */
public class V705__fill_report_search_terms extends BaseJavaMigration {

    static final int CHUNK = 500;

    /** What a case is found by, read from its rows. */
    private static final class Case {
        final List<String> numbers = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        long after = 0;
        while (true) {
            Map<Long, Case> cases = chunk(connection, after);
            if (cases.isEmpty()) {
                return;
            }
            long first = cases.keySet().iterator().next();
            after = cases.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            add(connection, cases, "SELECT report_id, name FROM report_employee WHERE report_id BETWEEN ? AND ?", first,
                    after, false);
            add(connection, cases, "SELECT report_id, decree_number FROM report_track WHERE report_id BETWEEN ? AND ?", first,
                    after, true);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO report_search_term (report_id, term) VALUES (?, ?)")) {
                for (Map.Entry<Long, Case> c : cases.entrySet()) {
                    for (String term : SearchTerms.of(c.getValue().numbers, c.getValue().texts)) {
                        insert.setLong(1, c.getKey());
                        insert.setString(2, term);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }

    private static Map<Long, Case> chunk(Connection connection, long after) throws SQLException {
        Map<Long, Case> cases = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, case_number, registration_number, "
                + "forward_letter_number, recommendation_number, external_id, description FROM report WHERE id > ? "
                + "ORDER BY id LIMIT " + CHUNK)) {
            select.setLong(1, after);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Case c = new Case();
                    for (int column = 2; column <= 6; column++) {
                        c.numbers.add(rs.getString(column));
                    }
                    c.texts.add(rs.getString(7));
                    cases.put(rs.getLong(1), c);
                }
            }
        }
        return cases;
    }

    private static void add(Connection connection, Map<Long, Case> cases, String sql, long first, long last,
                            boolean number) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, first);
            select.setLong(2, last);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Case c = cases.get(rs.getLong(1));
                    if (c != null) {
                        (number ? c.numbers : c.texts).add(rs.getString(2));
                    }
                }
            }
        }
    }
}
