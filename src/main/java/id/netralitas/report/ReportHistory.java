package id.netralitas.report;

import id.netralitas.common.security.Hashes;
import id.netralitas.event.DomainEventType;
import id.netralitas.event.DomainEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import id.netralitas.common.idempotency.IdempotencyService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The append-only, hash-chained history of every case. Each event stores the hash of the event
 * before it in the whole log and {@code SHA-256(prevHash + "\n" + canonical content)}; the
 * canonical content is documented in docs/audit.md. Appending locks the chain's head row in the
 * caller's transaction, so events get consecutive sequence numbers in commit order. Nothing in the
 * service updates or deletes an event: {@link #verify()} recomputes the chain and names the first
 * event that does not fit.
 */
@ApplicationScoped
public class ReportHistory {

    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final int PAGE = 1000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DomainEvents events;

    /** What to record. */
    public record Entry(long reportId, String trackNip, ReportEvent.Type type, String action, String from, String to,
                        String actor, String role, String note, String legalBasis, String documentNumber, String details) {
    }

    /** The outcome of a chain check: the first event that breaks it, if any. */
    public record Verification(boolean valid, long eventsChecked, Long firstBrokenSeq, Long firstBrokenReportId,
                               String reason) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Entry e) {
        try (Connection connection = dataSource.getConnection()) {
            long lastSeq;
            String lastHash;
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT last_seq, last_hash FROM report_event_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = head.executeQuery()) {
                rs.next();
                lastSeq = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            long seq = lastSeq + 1;
            LocalDateTime at = LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
            String hash = hash(lastHash, canonical(seq, e, at));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO report_event (seq, report_id, "
                    + "track_nip, event_type, action, from_state, to_state, actor, actor_role, occurred_at, note, "
                    + "legal_basis, document_number, details, prev_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, seq);
                insert.setLong(2, e.reportId());
                insert.setString(3, e.trackNip());
                insert.setString(4, e.type().name());
                insert.setString(5, e.action());
                insert.setString(6, e.from());
                insert.setString(7, e.to());
                insert.setString(8, e.actor());
                insert.setString(9, e.role());
                insert.setObject(10, at);
                insert.setString(11, e.note());
                insert.setString(12, e.legalBasis());
                insert.setString(13, e.documentNumber());
                insert.setString(14, e.details());
                insert.setString(15, lastHash);
                insert.setString(16, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement head = connection.prepareStatement(
                    "UPDATE report_event_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, seq);
                head.setString(2, hash);
                head.executeUpdate();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Appending to the case history failed", ex);
        }
        publish(e);
    }

    /** The change-feed event of a history entry: states and document numbers, no notes, no reporter. */
    private void publish(Entry e) {
        DomainEventType type = switch (e.type()) {
            case RECEIVED -> DomainEventType.REPORT_CREATED;
            case TRANSITION, COMPLETED -> DomainEventType.REPORT_TRANSITION;
            case TRACK_TRANSITION -> DomainEventType.TRACK_TRANSITION;
            case EVIDENCE_ADDED -> DomainEventType.EVIDENCE_ADDED;
            case EMPLOYEE_LINKED -> DomainEventType.REPORT_EMPLOYEE_LINKED;
            case MESSAGE_ADDED -> null;
        };
        if (type == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("action", e.action());
        data.put("from", e.from());
        data.put("to", e.to());
        data.put("nip", e.trackNip());
        data.put("documentNumber", e.documentNumber());
        events.report(type, e.reportId(), data);
    }

    /** Recomputes the whole chain, a page at a time, and reports the first event that does not fit. */
    public Verification verify() {
        long expectedSeq = 1;
        String previous = GENESIS;
        long checked = 0;
        while (true) {
            long from = expectedSeq;
            Page page = QuarkusTransaction.requiringNew().call(() -> page(from));
            for (Row row : page.rows()) {
                checked++;
                if (row.seq() != expectedSeq) {
                    return broken(checked, row, "event " + expectedSeq + " is missing");
                }
                if (!row.prevHash().equals(previous)) {
                    return broken(checked, row, "its previous-hash does not match the event before it");
                }
                if (!hash(row.prevHash(), row.canonical()).equals(row.hash())) {
                    return broken(checked, row, "its content does not match its hash");
                }
                previous = row.hash();
                expectedSeq++;
            }
            if (page.rows().size() < PAGE) {
                long lastSeq = expectedSeq - 1;
                String lastHash = previous;
                Head head = QuarkusTransaction.requiringNew().call(this::head);
                if (head.lastSeq() != lastSeq || !head.lastHash().equals(lastHash)) {
                    return new Verification(false, checked, head.lastSeq(), null,
                            "the chain head (event " + head.lastSeq() + ") does not match the last event (" + lastSeq + ")");
                }
                return new Verification(true, checked, null, null, null);
            }
        }
    }

    private static Verification broken(long checked, Row row, String reason) {
        return new Verification(false, checked, row.seq(), row.reportId(), reason);
    }

    private record Row(long seq, long reportId, String canonical, String prevHash, String hash) {
    }

    private record Page(java.util.List<Row> rows) {
    }

    private record Head(long lastSeq, String lastHash) {
    }

    private Page page(long fromSeq) throws SQLException {
        java.util.List<Row> rows = new java.util.ArrayList<>(PAGE);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT seq, report_id, track_nip, event_type, action, "
                     + "from_state, to_state, actor, actor_role, occurred_at, note, legal_basis, document_number, details, "
                     + "prev_hash, hash FROM report_event WHERE seq >= ? ORDER BY seq LIMIT " + PAGE)) {
            select.setLong(1, fromSeq);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Entry e = new Entry(rs.getLong(2), rs.getString(3), ReportEvent.Type.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
                    long seq = rs.getLong(1);
                    rows.add(new Row(seq, e.reportId(), canonical(seq, e, rs.getObject(10, LocalDateTime.class)),
                            rs.getString(15), rs.getString(16)));
                }
            }
        }
        return new Page(rows);
    }

    private Head head() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT last_seq, last_hash FROM report_event_head WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    /** The canonical content of an event: one {@code key=value} line per field, in this order. */
    static String canonical(long seq, Entry e, LocalDateTime occurredAtUtc) {
        return "seq=" + seq + "\nreport=" + e.reportId() + "\ntrack=" + text(e.trackNip()) + "\ntype=" + e.type()
                + "\naction=" + text(e.action()) + "\nfrom=" + text(e.from()) + "\nto=" + text(e.to())
                + "\nactor=" + text(e.actor()) + "\nrole=" + text(e.role()) + "\nat=" + SECONDS.format(occurredAtUtc) + "Z"
                + "\nnote=" + text(e.note()) + "\nlegalBasis=" + text(e.legalBasis())
                + "\ndocument=" + text(e.documentNumber()) + "\ndetails=" + text(e.details());
    }

    static String hash(String prevHash, String canonical) {
        return Hashes.sha256(prevHash + "\n" + canonical);
    }

    private static String text(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
