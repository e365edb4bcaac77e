package id.netralitas.region;

import id.netralitas.common.csv.CsvReader;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.persistence.BatchStatements;
import id.netralitas.common.persistence.DbTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports regions from CSV ({@code code,name,level,parent_code}, the layout of the official files)
 * and upserts them by code. Each row is checked on its own: a bad row is reported with its line and
 * field and never stops the good ones. The input is streamed and written in chunks, each chunk in
 * its own transaction with JDBC batches, so memory stays flat and a re-run completes an import that
 * was interrupted.
 */
@ApplicationScoped
public class RegionImportService {

    static final List<String> HEADER = List.of("code", "name", "level", "parent_code");
    static final int CHUNK = 1000;
    static final int MAX_REPORTED_ERRORS = 1000;

    @Inject
    AgroalDataSource dataSource;

    /** Outcome of an import; {@code errors} lists at most {@value #MAX_REPORTED_ERRORS} rejected rows. */
    public record Result(long rowsRead, long inserted, long updated, long unchanged, long rejected,
                         List<RowError> errors) {
    }

    /** A rejected row: its line in the file and the first field found wrong. */
    public record RowError(long line, FieldViolation violation) {
    }

    private record Row(long line, RegionCode code, String name, RegionLevel level, String parentCode) {
    }

    private record Existing(String name, String level, String parentCode) {
    }

    public Result importCsv(InputStream input) {
        Counters counters = new Counters();
        try (CsvReader csv = CsvReader.utf8(input)) {
            List<String> header = csv.next();
            if (header == null || !HEADER.equals(header.stream().map(String::trim).toList())) {
                throw ApiException.badRequest("CSV_HEADER_INVALID", String.join(",", HEADER));
            }
            List<Row> chunk = new ArrayList<>(CHUNK);
            List<String> record;
            while ((record = csv.next()) != null) {
                counters.read++;
                Row row = parse(csv.recordLine(), record, counters);
                if (row != null) {
                    chunk.add(row);
                }
                if (chunk.size() == CHUNK) {
                    writeChunk(chunk, counters);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                writeChunk(chunk, counters);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RowError> errors = new ArrayList<>(counters.errors);
        errors.sort(java.util.Comparator.comparingLong(RowError::line));
        return new Result(counters.read, counters.inserted, counters.updated, counters.unchanged, counters.rejected,
                List.copyOf(errors));
    }

    private Row parse(long line, List<String> record, Counters counters) {
        if (record.size() != HEADER.size()) {
            counters.reject(line, FieldViolation.of("row", "CSV_FIELD_COUNT", HEADER.size(), record.size()));
            return null;
        }
        var code = RegionCode.tryParse(record.get(0));
        if (code.isEmpty()) {
            counters.reject(line, FieldViolation.of("code", "REGION_CODE_INVALID", record.get(0)));
            return null;
        }
        String name = record.get(1).trim();
        if (name.isEmpty() || name.length() > 255) {
            counters.reject(line, FieldViolation.of("name", "SIZE", 1, 255));
            return null;
        }
        RegionLevel level;
        try {
            level = RegionLevel.valueOf(record.get(2).trim());
        } catch (IllegalArgumentException e) {
            counters.reject(line, FieldViolation.of("level", "INVALID_ENUM_VALUE", record.get(2),
                    java.util.Arrays.toString(RegionLevel.values())));
            return null;
        }
        if (level.depth() != code.get().depth()) {
            counters.reject(line, FieldViolation.of("level", "REGION_LEVEL_MISMATCH", level, code.get().value()));
            return null;
        }
        String expectedParent = code.get().parent().map(RegionCode::value).orElse(null);
        String parent = record.get(3).isBlank() ? null
                : RegionCode.tryParse(record.get(3)).map(RegionCode::value).orElse(record.get(3));
        if (!java.util.Objects.equals(expectedParent, parent)) {
            counters.reject(line, FieldViolation.of("parent_code", "REGION_PARENT_MISMATCH",
                    expectedParent == null ? "-" : expectedParent));
            return null;
        }
        return new Row(line, code.get(), name, level, parent);
    }

    private void writeChunk(List<Row> chunk, Counters counters) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Set<String> codes = new LinkedHashSet<>();
                for (Row row : chunk) {
                    codes.add(row.code().value());
                    if (row.parentCode() != null) {
                        codes.add(row.parentCode());
                    }
                }
                Map<String, Existing> existing = load(connection, codes);
                Set<String> known = new HashSet<>(existing.keySet());
                List<Row> inserts = new ArrayList<>();
                List<Row> updates = new ArrayList<>();
                for (Row row : chunk) {
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
                            && java.util.Objects.equals(current.parentCode(), row.parentCode())) {
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
        String placeholders = String.join(",", java.util.Collections.nCopies(codes.size(), "?"));
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

    private void insert(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        LocalDateTime now = DbTime.nowUtc();
        try (PreparedStatement insert = BatchStatements.prepare(connection, "INSERT INTO region "
                + "(code, name, region_level, parent_code, version, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)")) {
            for (Row row : rows) {
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

    private void update(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = BatchStatements.prepare(connection, "UPDATE region SET name = ?, region_level = ?, "
                + "parent_code = ?, version = version + 1, updated_at = ? WHERE code = ?")) {
            LocalDateTime now = DbTime.nowUtc();
            for (Row row : rows) {
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

    private static final class Counters {
        long read;
        long inserted;
        long updated;
        long unchanged;
        long rejected;
        final List<RowError> errors = new ArrayList<>();

        void reject(long line, FieldViolation violation) {
            rejected++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new RowError(line, violation));
            }
        }
    }
}
