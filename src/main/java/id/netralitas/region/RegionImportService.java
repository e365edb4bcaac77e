package id.netralitas.region;

import id.netralitas.common.csv.CsvReader;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Imports regions from CSV ({@code code,name,level,parent_code}, the layout of the official files)
 * and upserts them by code. Each row is checked on its own: a bad row is reported with its line and
 * field and never stops the good ones. The input is streamed and written in chunks
 * ({@link RegionChunkWriter}), so memory stays flat and a re-run completes an import that was
 * interrupted.
 */
@ApplicationScoped
public class RegionImportService {

    static final List<String> HEADER = List.of("code", "name", "level", "parent_code");
    static final int CHUNK = 1000;
    static final int MAX_REPORTED_ERRORS = 1000;

    @Inject
    RegionChunkWriter writer;

    /** Outcome of an import; {@code errors} lists at most {@value #MAX_REPORTED_ERRORS} rejected rows. */
    public record Result(long rowsRead, long inserted, long updated, long unchanged, long rejected,
                         List<RowError> errors) {
    }

    /** A rejected row: its line in the file and the first field found wrong. */
    public record RowError(long line, FieldViolation violation) {
    }

    record Row(long line, RegionCode code, String name, RegionLevel level, String parentCode) {
    }

    /** Imports one of the official lists bundled with the service. */
    public Result importDataset(RegionDataset dataset) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(dataset.resource())) {
            if (in == null) {
                throw new IllegalStateException("Bundled dataset missing: " + dataset);
            }
            return importCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                    writer.writeInNewTransaction(chunk, counters);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                writer.writeInNewTransaction(chunk, counters);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RowError> errors = new ArrayList<>(counters.errors);
        errors.sort(Comparator.comparingLong(RowError::line));
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
                    Arrays.toString(RegionLevel.values())));
            return null;
        }
        if (level.depth() != code.get().depth()) {
            counters.reject(line, FieldViolation.of("level", "REGION_LEVEL_MISMATCH", level, code.get().value()));
            return null;
        }
        String expectedParent = code.get().parent().map(RegionCode::value).orElse(null);
        String parent = record.get(3).isBlank() ? null
                : RegionCode.tryParse(record.get(3)).map(RegionCode::value).orElse(record.get(3));
        if (!Objects.equals(expectedParent, parent)) {
            counters.reject(line, FieldViolation.of("parent_code", "REGION_PARENT_MISMATCH",
                    expectedParent == null ? "-" : expectedParent));
            return null;
        }
        return new Row(line, code.get(), name, level, parent);
    }

    static final class Counters {
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
