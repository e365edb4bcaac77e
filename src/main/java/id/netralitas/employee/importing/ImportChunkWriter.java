package id.netralitas.employee.importing;

import id.netralitas.agency.AgencyType;
import id.netralitas.common.persistence.BatchStatements;
import id.netralitas.common.persistence.DbTime;
import id.netralitas.common.security.PersonalDataCipher;
import id.netralitas.employee.Employee;
import id.netralitas.employee.EmployeeHeadcount;
import id.netralitas.employee.EmployeeRules;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one chunk with SQL in its own transaction: upserts by NIP with JDBC batches (inserts,
 * updates, status history), the headcount cells, rejected rows and the job's counters, so the
 * counters always match what is committed. Also reads, once per run, the agencies and regions rows
 * are checked against.
 */
@ApplicationScoped
public class ImportChunkWriter {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    ImportJobs jobs;

    private record Existing(long id, String name, String employeeType, String golongan, String pangkat,
                            String jabatanCategory, String jabatanName, String unitKerja, long agencyId,
                            String regionCode, String status, String nikEncrypted) {
    }

    void writeInNewTransaction(ImportRun run, ImportChunk chunk, Long scopeAgencyId) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                write(connection, run, chunk, scopeAgencyId);
            } catch (SQLException e) {
                throw new IllegalStateException("Writing an import chunk failed", e);
            }
        });
    }

    private void write(Connection connection, ImportRun run, ImportChunk chunk, Long scopeAgencyId) throws SQLException {
        LocalDateTime now = DbTime.nowUtc();
        Map<String, Existing> existing = loadExisting(connection, chunk.nips);
        List<CheckedRow.Accepted> inserts = new ArrayList<>();
        List<CheckedRow.Accepted> updates = new ArrayList<>();
        List<CheckedRow.Rejected> rejected = new ArrayList<>(chunk.rejected);
        long unchanged = 0;
        for (CheckedRow.Accepted row : chunk.rows) {
            Existing current = existing.get(row.nip());
            if (current == null) {
                inserts.add(row);
            } else if (scopeAgencyId != null && current.agencyId() != scopeAgencyId) {
                rejected.add(ImportRowChecker.outOfScope(row));
            } else if (same(current, row.valid())) {
                unchanged++;
            } else {
                updates.add(row);
            }
        }
        insert(connection, inserts, run.actor(), now);
        update(connection, updates, existing, run, now);
        EmployeeHeadcount heads = new EmployeeHeadcount();
        for (CheckedRow.Accepted row : inserts) {
            heads.change(null, null, null, row.valid().agency().id(), row.valid().regionCode(),
                    row.valid().status().name());
        }
        for (CheckedRow.Accepted row : updates) {
            Existing current = existing.get(row.nip());
            heads.change(current.agencyId(), current.regionCode(), current.status(), row.valid().agency().id(),
                    row.valid().regionCode(), row.valid().status().name());
        }
        heads.apply(connection);
        jobs.recordRejected(connection, run.id(), rejected);
        jobs.addProgress(connection, run.id(), new ImportJobs.Progress(chunk.read, inserts.size(), updates.size(),
                unchanged, rejected.size()), now);
    }

    private boolean same(Existing current, EmployeeRules.Valid row) {
        return current.name().equals(row.name()) && current.employeeType().equals(row.employeeType().name())
                && current.golongan().equals(row.golongan()) && Objects.equals(current.pangkat(), row.pangkat())
                && current.jabatanCategory().equals(row.jabatanCategory().name())
                && current.jabatanName().equals(row.jabatanName()) && Objects.equals(current.unitKerja(), row.unitKerja())
                && current.agencyId() == row.agency().id() && current.regionCode().equals(row.regionCode())
                && current.status().equals(row.status().name())
                && Objects.equals(cipher.decrypt(current.nikEncrypted()), row.nik());
    }

    private Map<String, Existing> loadExisting(Connection connection, Set<String> nips) throws SQLException {
        Map<String, Existing> found = new HashMap<>();
        if (nips.isEmpty()) {
            return found;
        }
        String sql = "SELECT nip, id, name, employee_type, golongan, pangkat, jabatan_category, jabatan_name, unit_kerja, "
                + "agency_id, region_code, status, nik_encrypted FROM employee WHERE nip IN ("
                + String.join(",", Collections.nCopies(nips.size(), "?")) + ")";
        try (PreparedStatement select = BatchStatements.prepare(connection, sql)) {
            int i = 1;
            for (String nip : nips) {
                select.setString(i++, nip);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Existing(rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getLong(10), rs.getString(11), rs.getString(12), rs.getString(13)));
                }
            }
        }
        return found;
    }

    private void insert(Connection connection, List<CheckedRow.Accepted> rows, String actor, LocalDateTime now)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = BatchStatements.prepare(connection, "INSERT INTO employee (nip, name, name_key, "
                + "employee_type, golongan, pangkat, jabatan_category, jabatan_name, unit_kerja, agency_id, region_code, "
                + "status, nik_encrypted, personnel_blocked, version, created_at, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, ?, ?, ?)")) {
            for (CheckedRow.Accepted row : rows) {
                insert.setString(1, row.nip());
                bindRecord(insert, 2, row.valid());
                insert.setObject(14, now);
                insert.setObject(15, now);
                insert.setString(16, actor);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void update(Connection connection, List<CheckedRow.Accepted> rows, Map<String, Existing> existing,
                        ImportRun run, LocalDateTime now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = BatchStatements.prepare(connection, "UPDATE employee SET name = ?, name_key = ?, "
                + "employee_type = ?, golongan = ?, pangkat = ?, jabatan_category = ?, jabatan_name = ?, unit_kerja = ?, "
                + "agency_id = ?, region_code = ?, status = ?, nik_encrypted = ?, version = version + 1, updated_at = ?, "
                + "updated_by = ? WHERE id = ?");
             PreparedStatement history = BatchStatements.prepare(connection, "INSERT INTO employee_status_change "
                     + "(employee_id, from_status, to_status, changed_by, changed_via, note, changed_at) "
                     + "VALUES (?, ?, ?, ?, 'IMPORT', ?, ?)")) {
            boolean statusChanged = false;
            for (CheckedRow.Accepted row : rows) {
                EmployeeRules.Valid v = row.valid();
                Existing current = existing.get(row.nip());
                bindRecord(update, 1, v);
                update.setObject(13, now);
                update.setString(14, run.actor());
                update.setLong(15, current.id());
                update.addBatch();
                if (!current.status().equals(v.status().name())) {
                    history.setLong(1, current.id());
                    history.setString(2, current.status());
                    history.setString(3, v.status().name());
                    history.setString(4, run.actor());
                    history.setString(5, "Import " + run.publicId() + ", line " + row.line());
                    history.setObject(6, now);
                    history.addBatch();
                    statusChanged = true;
                }
            }
            update.executeBatch();
            if (statusChanged) {
                history.executeBatch();
            }
        }
    }

    /** Binds the twelve record columns from name to nik_encrypted, starting at {@code first}. */
    private void bindRecord(PreparedStatement statement, int first, EmployeeRules.Valid v) throws SQLException {
        statement.setString(first, v.name());
        statement.setString(first + 1, Employee.nameKey(v.name()));
        statement.setString(first + 2, v.employeeType().name());
        statement.setString(first + 3, v.golongan());
        statement.setString(first + 4, v.pangkat());
        statement.setString(first + 5, v.jabatanCategory().name());
        statement.setString(first + 6, v.jabatanName());
        statement.setString(first + 7, v.unitKerja());
        statement.setLong(first + 8, v.agency().id());
        statement.setString(first + 9, v.regionCode());
        statement.setString(first + 10, v.status().name());
        statement.setString(first + 11, cipher.encrypt(v.nik()));
    }

    /** The agencies (by upper-case code) and regions every row of a run is checked against. */
    EmployeeRules.References loadReferencesInNewTransaction() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, EmployeeRules.AgencyRef> agencies = new HashMap<>();
            Set<String> regions = new HashSet<>();
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement a = connection.prepareStatement("SELECT id, code, agency_type, region_code FROM agency");
                 PreparedStatement r = connection.prepareStatement("SELECT code FROM region")) {
                try (ResultSet rs = a.executeQuery()) {
                    while (rs.next()) {
                        agencies.put(rs.getString(2).toUpperCase(Locale.ROOT), new EmployeeRules.AgencyRef(rs.getLong(1),
                                rs.getString(2), AgencyType.valueOf(rs.getString(3)), rs.getString(4)));
                    }
                }
                try (ResultSet rs = r.executeQuery()) {
                    while (rs.next()) {
                        regions.add(rs.getString(1));
                    }
                }
            }
            return new EmployeeRules.References() {
                @Override
                public Optional<EmployeeRules.AgencyRef> agency(String code) {
                    return Optional.ofNullable(agencies.get(code.toUpperCase(Locale.ROOT)));
                }

                @Override
                public boolean regionExists(String code) {
                    return regions.contains(code);
                }
            };
        });
    }
}
