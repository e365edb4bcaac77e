package id.netralitas.region;

import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.persistence.BatchStatements;
import id.netralitas.common.persistence.DbTime;
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
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one chunk of a region import with SQL, in its own transaction with JDBC batches: upserts by
 * code, a row's parent known from the database or from an earlier row.
 */
@ApplicationScoped
public class RegionChunkWriter {

    @Inject
    AgroalDataSource dataSource;

    private record Existing(String name, String level, String parentCode) {
    }

    void writeInNewTransaction(List<RegionImportService.Row> chunk, RegionImportService.Counters counters) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Set<String> codes = new LinkedHashSet<>();
                for (RegionImportService.Row row : chunk) {
                    codes.add(row.code().value());
                    if (row.parentCode() != null) {
                        codes.add(row.parentCode());
                    }
                }
                Map<String, Existing> existing = load(connection, codes);
                Set<String> known = new HashSet<>(existing.keySet());
                List<RegionImportService.Row> inserts = new ArrayList<>();
                List<RegionImportService.Row> updates = new ArrayList<>();
                for (RegionImportService.Row row : chunk) {
                    if (row.parentCode() != null && !known.contains(row.parentCode())) {
                        counters.reject(row.line(), FieldViolation.of("parent_code", "REGION_UNKNOWN", row.parentCode()));
                        continue;
                    }
                    Existing current = existing.get(row.code().value());
                    if (current == null) {
                        if (known.add(row.code().value())) {
                            inserts.add(row);
                        } else {
                            counters.reject(row.line(), FieldViolation.of("code", "DUPLICATE_IN_FILE", row.code().value()));
                        }
                    } else if (current.name().equals(row.name()) && current.level().equals(row.level().name())
                            && Objects.equals(current.parentCode(), row.parentCode())) {
                        counters.unchanged++;
                    } else {
                        updates.add(row);
                        existing.put(row.code().value(), new Existing(row.name(), row.level().name(), row.parentCode()));
                    }
                }
                insert(connection, inserts);
                update(connection, updates);
                counters.inserted += inserts.size();
                counters.updated += updates.size();
            } catch (SQLException e) {
                throw new IllegalStateException("Region import failed while writing", e);
            }
        });
    }

    private Map<String, Existing> load(Connection connection, Collection<String> codes) throws SQLException {
        Map<String, Existing> found = new HashMap<>();
        String placeholders = String.join(",", Collections.nCopies(codes.size(), "?"));
        try (PreparedStatement select = BatchStatements.prepare(connection,
                "SELECT code, name, region_level, parent_code FROM region WHERE code IN (" + placeholders + ")")) {
            int i = 1;
            for (String code : codes) {
                select.setString(i++, code);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Existing(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return found;
    }

    private void insert(Connection connection, List<RegionImportService.Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        LocalDateTime now = DbTime.nowUtc();
        try (PreparedStatement insert = BatchStatements.prepare(connection, "INSERT INTO region "
                + "(code, name, region_level, parent_code, version, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)")) {
            for (RegionImportService.Row row : rows) {
                insert.setString(1, row.code().value());
                insert.setString(2, row.name());
                insert.setString(3, row.level().name());
                insert.setString(4, row.parentCode());
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void update(Connection connection, List<RegionImportService.Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = BatchStatements.prepare(connection, "UPDATE region SET name = ?, region_level = ?, "
                + "parent_code = ?, version = version + 1, updated_at = ? WHERE code = ?")) {
            LocalDateTime now = DbTime.nowUtc();
            for (RegionImportService.Row row : rows) {
                update.setString(1, row.name());
                update.setString(2, row.level().name());
                update.setString(3, row.parentCode());
                update.setObject(4, now);
                update.setString(5, row.code().value());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
