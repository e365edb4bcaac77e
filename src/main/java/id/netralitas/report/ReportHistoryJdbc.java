package id.netralitas.report;

import id.netralitas.common.persistence.HeadRow;
import id.netralitas.common.persistence.Jdbc;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The case-history log writer and reader, in SQL: tables {@code report_event} and its one-row chain
 * head {@code report_event_head}. Appending locks the head row (SELECT ... FOR UPDATE) in the caller's
 * transaction, so events get consecutive sequence numbers and previous hashes in commit order.
 */
@ApplicationScoped
public class ReportHistoryJdbc {

    static final int PAGE = 1000;
    private static final String HEAD_TABLE = "report_event_head";
    private static final String HEAD_COLUMNS = "last_seq, last_hash";

    @Inject
    AgroalDataSource dataSource;

    /** A stored event: its entry, time, and chain hashes. */
    record Row(long seq, ReportHistory.Entry entry, LocalDateTime occurredAtUtc, String prevHash, String hash) {
    }

    /** The chain head: the last event's sequence number and hash. */
    record Head(long lastSeq, String lastHash) {
    }

    /** Computes an event's hash from the previous hash, its sequence number and time. */
    @FunctionalInterface
    interface Hasher {
        String hash(String prevHash, long seq, LocalDateTime occurredAtUtc);
    }

    /** Appends one event after the locked chain head, in the caller's transaction. */
    void append(ReportHistory.Entry e, Hasher hasher) {
        try (Connection connection = dataSource.getConnection()) {
            Head head = HeadRow.lock(connection, HEAD_TABLE, HEAD_COLUMNS, ReportHistoryJdbc::readHead);
            long seq = head.lastSeq() + 1;
            LocalDateTime at = LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
            String hash = hasher.hash(head.lastHash(), seq, at);
            Jdbc.update(connection, "INSERT INTO report_event (seq, report_id, track_nip, event_type, action, "
                    + "from_state, to_state, actor, actor_role, occurred_at, note, legal_basis, document_number, details, "
                    + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq, e.reportId(),
                    e.trackNip(), e.type().name(), e.action(), e.from(), e.to(), e.actor(), e.role(), at, e.note(),
                    e.legalBasis(), e.documentNumber(), e.details(), head.lastHash(), hash);
            HeadRow.update(connection, HEAD_TABLE, "last_seq = ?, last_hash = ?", seq, hash);
        } catch (SQLException ex) {
            throw new IllegalStateException("Appending to the case history failed", ex);
        }
    }

    /** Up to {@value #PAGE} events from {@code fromSeq} on, in sequence order. */
    List<Row> page(long fromSeq) throws SQLException {
        List<Row> rows = new ArrayList<>(PAGE);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT seq, report_id, track_nip, event_type, action, "
                     + "from_state, to_state, actor, actor_role, occurred_at, note, legal_basis, document_number, details, "
                     + "prev_hash, hash FROM report_event WHERE seq >= ? ORDER BY seq LIMIT " + PAGE)) {
            select.setLong(1, fromSeq);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ReportHistory.Entry e = new ReportHistory.Entry(rs.getLong(2), rs.getString(3),
                            ReportEvent.Type.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getString(14));
                    rows.add(new Row(rs.getLong(1), e, rs.getObject(10, LocalDateTime.class), rs.getString(15),
                            rs.getString(16)));
                }
            }
        }
        return rows;
    }

    /** The chain head as committed, without a lock (for checking the chain). */
    Head head() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + HEAD_COLUMNS + " FROM " + HEAD_TABLE + " WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return readHead(rs);
        }
    }

    private static Head readHead(ResultSet row) throws SQLException {
        return new Head(row.getLong(1), row.getString(2));
    }
}
