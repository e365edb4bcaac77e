package id.netralitas.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.common.persistence.BatchStatements;
import io.agroal.api.AgroalDataSource;
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
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records domain events in the outbox, in the caller's transaction: the event exists exactly when
 * the change it describes was committed. Payloads carry identifiers and states, never a reporter's
 * identity or free text written by officers.
 */
@ApplicationScoped
public class DomainEvents {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** An event about a report; the subject is its case number, the payload gains it and the election. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void report(DomainEventType type, long reportId, Map<String, Object> data) {
        try (Connection connection = dataSource.getConnection()) {
            String caseNumber;
            String electionCode;
            try (PreparedStatement select = connection.prepareStatement("SELECT r.case_number, e.code FROM report r "
                    + "JOIN election e ON e.id = r.election_id WHERE r.id = ?")) {
                select.setLong(1, reportId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("No report " + reportId);
                    }
                    caseNumber = rs.getString(1);
                    electionCode = rs.getString(2);
                }
            }
            // An event about one employee's follow-up belongs to that employee's agency: a ppk of another
            // agency named in the same case does not read it.
            String agencyCode = null;
            if (data.get("nip") != null) {
                try (PreparedStatement select = connection.prepareStatement("SELECT a.code FROM report_employee re "
                        + "JOIN agency a ON a.id = re.agency_id WHERE re.report_id = ? AND re.nip = ?")) {
                    select.setLong(1, reportId);
                    select.setString(2, data.get("nip").toString());
                    try (ResultSet rs = select.executeQuery()) {
                        agencyCode = rs.next() ? rs.getString(1) : null;
                    }
                }
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("caseNumber", caseNumber);
            payload.put("electionCode", electionCode);
            payload.putAll(data);
            insert(connection, type, caseNumber, reportId, agencyCode, payload);
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a " + type + " event failed", e);
        }
    }

    /** An event outside reports: employees (subject NIP), signatures, catalogue entries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DomainEventType type, String subject, String agencyCode, Map<String, Object> data) {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, type, subject, null, agencyCode, data);
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a " + type + " event failed", e);
        }
    }

    /** One event of a batch written with {@link #recordAll}. */
    public record Event(String subject, String agencyCode, Map<String, Object> data) {
    }

    /** Many events of one type in one JDBC batch (bulk writers such as paper-signature batches). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(DomainEventType type, List<Event> batch) {
        if (batch.isEmpty()) {
            return;
        }
        LocalDateTime at = LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = BatchStatements.prepare(connection, INSERT)) {
            for (Event e : batch) {
                bind(insert, type, e.subject(), null, e.agencyCode(), e.data(), at);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Recording " + batch.size() + " " + type + " events failed", e);
        }
    }

    private static final String INSERT = "INSERT INTO domain_event (event_type, subject, report_id, agency_code, payload, "
            + "occurred_at) VALUES (?, ?, ?, ?, ?, ?)";

    private void bind(PreparedStatement insert, DomainEventType type, String subject, Long reportId, String agencyCode,
                      Map<String, Object> payload, LocalDateTime at) throws SQLException {
        insert.setString(1, type.name());
        insert.setString(2, subject);
        insert.setObject(3, reportId);
        insert.setString(4, agencyCode);
        insert.setString(5, toJson(payload));
        insert.setObject(6, at);
    }

    private void insert(Connection connection, DomainEventType type, String subject, Long reportId, String agencyCode,
                        Map<String, Object> payload) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, type, subject, reportId, agencyCode, payload,
                    LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private String toJson(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
