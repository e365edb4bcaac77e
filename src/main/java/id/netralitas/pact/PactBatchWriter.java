package id.netralitas.pact;

import id.netralitas.common.persistence.BatchStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** The SQL of a batch of paper signatures: JDBC reads and inserts of a chunk, on the transaction's connection. */
@ApplicationScoped
public class PactBatchWriter {

    @Inject
    EntityManager em;

    /** A register row, as a batch reads it. */
    record Person(long id, String nip, String name, String golongan, String jabatan, long agencyId, String regionCode,
                  String status) {
    }

    /** The valid signature of a NIP. */
    record Existing(String publicId, String code) {
    }

    /**
     * Batches of one election are written one at a time: two multi-row inserts of thousands of
     * signatures meet on the unique indexes' gaps and deadlock in InnoDB far more often than they gain
     * from running side by side. Single signatures do not take this lock.
     */
    void lockElection(long electionId) {
        em.createNativeQuery("SELECT id FROM election WHERE id = ?1 FOR UPDATE").setParameter(1, electionId)
                .getSingleResult();
    }

    /** Writes pending entity changes (the ceremony) before the statements refer to them. */
    void flushEntities() {
        em.flush();
    }

    Map<String, Person> people(List<String> nips) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Person> found = new HashMap<>();
            try (PreparedStatement select = BatchStatements.prepare(connection, "SELECT id, nip, name, golongan, "
                    + "jabatan_name, agency_id, region_code, status FROM employee WHERE nip IN (" + marks(nips.size()) + ")")) {
                bind(select, 1, nips);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(2), new Person(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            return found;
        });
    }

    /** The valid individual signatures of these NIPs in the election. */
    Map<String, Existing> signed(long electionId, List<String> nips) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Existing> found = new HashMap<>();
            try (PreparedStatement select = BatchStatements.prepare(connection, "SELECT active_nip, public_id, "
                    + "verification_code FROM pact_signature WHERE election_id = ? AND active_nip IN ("
                    + marks(nips.size()) + ")")) {
                select.setLong(1, electionId);
                bind(select, 2, nips);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new Existing(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return found;
        });
    }

    /** Inserts the signatures with their SIGNED history rows. */
    void insert(List<PactSignature> rows, Instant signedAt) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            LocalDateTime at = LocalDateTime.ofInstant(signedAt, ZoneOffset.UTC);
            insertSignatures(connection, rows, at);
            insertHistory(connection, rows, at);
        });
    }

    private static void insertSignatures(Connection connection, List<PactSignature> rows, LocalDateTime at)
            throws SQLException {
        try (PreparedStatement insert = BatchStatements.prepare(connection, "INSERT INTO pact_signature (public_id, "
                + "election_id, template_id, signer_type, employee_id, signer_nip, signer_name, signer_golongan, "
                + "signer_jabatan, agency_id, agency_code, agency_name, region_code, method, ceremony_id, signed_at, "
                + "content_sha256, verification_code, status, active_nip, created_by, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            for (PactSignature s : rows) {
                insert.setString(1, s.publicId);
                insert.setLong(2, s.election.id);
                insert.setLong(3, s.template.id);
                insert.setString(4, s.signerType.name());
                insert.setLong(5, s.employeeId);
                insert.setString(6, s.signerNip);
                insert.setString(7, s.signerName);
                insert.setString(8, s.signerGolongan);
                insert.setString(9, s.signerJabatan);
                insert.setLong(10, s.agencyId);
                insert.setString(11, s.agencyCode);
                insert.setString(12, s.agencyName);
                insert.setString(13, s.regionCode);
                insert.setString(14, s.method.name());
                insert.setLong(15, s.ceremony.id);
                insert.setObject(16, at);
                insert.setString(17, s.contentSha256);
                insert.setString(18, s.verificationCode);
                insert.setString(19, s.status.name());
                insert.setString(20, s.activeNip);
                insert.setString(21, s.createdBy);
                insert.setObject(22, at);
                insert.setObject(23, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertHistory(Connection connection, List<PactSignature> rows, LocalDateTime at)
            throws SQLException {
        List<String> ids = rows.stream().map(s -> s.publicId).toList();
        try (PreparedStatement events = BatchStatements.prepare(connection, "INSERT INTO pact_signature_event "
                + "(signature_id, event_action, actor, reason, occurred_at) SELECT id, 'SIGNED', ?, NULL, ? "
                + "FROM pact_signature WHERE public_id IN (" + marks(ids.size()) + ")")) {
            events.setString(1, rows.get(0).createdBy);
            events.setObject(2, at);
            bind(events, 3, ids);
            events.executeUpdate();
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement statement, int first, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(first + i, values.get(i));
        }
    }
}
