package id.netralitas.report;

import id.netralitas.common.persistence.BatchStatements;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The search terms of each case (table {@code report_search_term}, see {@link SearchTerms}), kept
 * with the case in the transaction that changes it: {@link ReportHistory} calls {@link #update} for
 * every entry that can change a number, the description or the reported persons. The rows are
 * rewritten only when the set of terms changed.
 */
@ApplicationScoped
public class ReportSearchIndex {

    @Inject
    AgroalDataSource dataSource;

    /** The terms of the case as it stands. */
    static Set<String> terms(Report report) {
        List<String> numbers = new ArrayList<>();
        numbers.add(report.caseNumber);
        numbers.add(report.registrationNumber);
        numbers.add(report.forwardLetterNumber);
        numbers.add(report.recommendationNumber);
        numbers.add(report.externalId);
        report.tracks.forEach(t -> numbers.add(t.decreeNumber));
        List<String> texts = new ArrayList<>();
        texts.add(report.description);
        report.employees.forEach(e -> texts.add(e.name));
        return SearchTerms.of(numbers, texts);
    }

    /** Brings the case's stored terms in line with the case, in the caller's transaction. */
    void update(Report report) {
        Set<String> terms = terms(report);
        try (Connection connection = dataSource.getConnection()) {
            if (stored(connection, report.id).equals(terms)) {
                return;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM report_search_term WHERE report_id = ?")) {
                delete.setLong(1, report.id);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = BatchStatements.prepare(connection,
                    "INSERT INTO report_search_term (report_id, term) VALUES (?, ?)")) {
                for (String term : terms) {
                    insert.setLong(1, report.id);
                    insert.setString(2, term);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Updating the search terms of a case failed", e);
        }
    }

    private static Set<String> stored(Connection connection, long reportId) throws SQLException {
        Set<String> terms = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT term FROM report_search_term WHERE report_id = ?")) {
            select.setLong(1, reportId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    terms.add(rs.getString(1));
                }
            }
        }
        return terms;
    }
}
