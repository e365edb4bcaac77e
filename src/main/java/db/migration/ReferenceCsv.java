package db.migration;

import id.netralitas.common.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bundled reference CSV files (header row, RFC 4180) for the seed migrations, and small
 * JDBC helpers. Anything that does not resolve makes the migration fail, so nothing is silently lost.
 */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** The rows of a classpath CSV file as maps from header to value ("" for empty). */
    static List<Map<String, String>> read(String resource) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream stream = loader.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            try (CsvReader csv = CsvReader.utf8(stream)) {
                List<String> header = csv.next();
                List<Map<String, String>> rows = new ArrayList<>();
                List<String> record;
                while ((record = csv.next()) != null) {
                    if (record.size() != header.size()) {
                        throw new IllegalStateException(resource + " line " + csv.recordLine() + ": expected "
                                + header.size() + " fields, found " + record.size());
                    }
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        row.put(header.get(i), record.get(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static List<String> list(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split(";"));
    }

    static void setDate(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(LocalDate.parse(value)));
        }
    }

    static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setInt(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, Integer.parseInt(value));
        }
    }

    /** The generated id of the row just inserted by {@code statement} (prepared with RETURN_GENERATED_KEYS). */
    static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new IllegalStateException("No generated key");
            }
            return keys.getLong(1);
        }
    }

    static long singleLong(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
