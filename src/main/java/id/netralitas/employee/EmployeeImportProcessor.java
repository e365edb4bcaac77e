package id.netralitas.employee;

import id.netralitas.common.text.Text;
import id.netralitas.agency.AgencyType;
import id.netralitas.common.csv.CsvFormatException;
import id.netralitas.common.csv.CsvReader;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.persistence.BatchStatements;
import id.netralitas.common.persistence.DbTime;
import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.security.PersonalDataCipher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs one bulk import: reads the spooled CSV row by row, checks each row exactly as the
 * single-item API does (enum values, bean validation, the ppk's scope, {@link EmployeeRules}), and
 * upserts by NIP in chunks. Each chunk (its inserts, updates, status changes, rejected rows and the
 * job's counters) is one transaction written with JDBC batches, so the counters always match what
 * is committed and memory stays flat whatever the file size. A NIP repeated in the file is applied
 * in file order (the later row updates the earlier one).
 */
@ApplicationScoped
public class EmployeeImportProcessor {

    private static final Logger LOG = Logger.getLogger(EmployeeImportProcessor.class);

    private static final List<String> HEADER = EmployeeCsvFormat.HEADER;
    static final int CHUNK = 1000;
    private static final int DEADLOCK_ATTEMPTS = 5;
    private static final int MAX_ARG_LENGTH = 120;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Validator validator;

    @Inject
    PersonalDataCipher cipher;

    /** Chunks of one import written at once, each on its own connection. */
    @ConfigProperty(name = "netralitas.employee-import.writers", defaultValue = "2")
    int writers;

    /** What a run needs to know of its job. */
    public record Job(long id, String publicId, String actor, String agencyScope, Path file) {
    }

    private record Rejected(long line, List<FieldViolation> violations) {
    }

    private record Row(long line, EmployeeRules.Valid valid) {
    }

    private record Existing(long id, String name, String employeeType, String golongan, String pangkat,
                            String jabatanCategory, String jabatanName, String unitKerja, long agencyId,
                            String regionCode, String status, String nikEncrypted) {
    }

    private static final class Chunk {
        final List<Row> rows = new ArrayList<>();
        final List<Rejected> rejected = new ArrayList<>();
        final Set<String> nips = new HashSet<>();
        long read;

        boolean isEmpty() {
            return read == 0;
        }
    }

    public void run(Job job) {
        try {
            markRunning(job.id());
            try (InputStream in = new BufferedInputStream(Files.newInputStream(job.file()), 256 * 1024);
                 CsvReader csv = CsvReader.utf8(in)) {
                csv.next();
                EmployeeRules.References refs = loadReferences();
                Long scopeAgencyId = job.agencyScope() == null ? null
                        : refs.agency(job.agencyScope()).map(EmployeeRules.AgencyRef::id).orElse(-1L);
                LocalDate today = LocalDate.now();
                try (ChunkWriters writers = new ChunkWriters(job, scopeAgencyId)) {
                    Chunk chunk = new Chunk();
                    List<String> record;
                    while ((record = csv.next()) != null) {
                        long line = csv.recordLine();
                        Object outcome = check(line, record, refs, job.agencyScope(), today);
                        if (outcome instanceof Row row && (chunk.nips.contains(row.valid().nip().value())
                                || writers.writing(row.valid().nip().value()))) {
                            // The NIP's earlier row must be committed before this one is applied.
                            writers.submit(chunk);
                            writers.drain();
                            chunk = new Chunk();
                        }
                        chunk.read++;
                        if (outcome instanceof Row row) {
                            chunk.rows.add(row);
                            chunk.nips.add(row.valid().nip().value());
                        } else {
                            chunk.rejected.add((Rejected) outcome);
                        }
                        if (chunk.read >= CHUNK) {
                            writers.submit(chunk);
                            chunk = new Chunk();
                        }
                    }
                    writers.submit(chunk);
                    writers.drain();
                }
            }
            finish(job.id(), EmployeeImportJob.Status.COMPLETED, null);
        } catch (CsvFormatException e) {
            finish(job.id(), EmployeeImportJob.Status.FAILED, e.getMessage());
        } catch (Exception e) {
            LOG.errorf(e, "Employee import %s failed", job.publicId());
            finish(job.id(), EmployeeImportJob.Status.FAILED, "Unexpected failure: " + e.getClass().getSimpleName());
        } finally {
            try {
                Files.deleteIfExists(job.file());
            } catch (IOException e) {
                LOG.warnf("Could not delete the spooled import file %s", job.file());
            }
        }
    }

    /** A row as the API would see it: either a valid, normalised record or the list of its faults. */
    private Object check(long line, List<String> record, EmployeeRules.References refs, String agencyScope,
                         LocalDate today) {
        if (record.size() != HEADER.size()) {
            return new Rejected(line, List.of(FieldViolation.of("row", "CSV_FIELD_COUNT", HEADER.size(), record.size())));
        }
        List<FieldViolation> faults = new ArrayList<>();
        EmployeeType type = enumValue(EmployeeType.class, record.get(2), "employee_type", faults);
        JabatanCategory jabatan = enumValue(JabatanCategory.class, record.get(5), "jabatan_category", faults);
        EmployeeStatus status = enumValue(EmployeeStatus.class, record.get(10), "status", faults);
        EmployeeRequest request = new EmployeeRequest(Text.blankToNull(record.get(0)), record.get(1), type,
                record.get(3), Text.blankToNull(record.get(4)), jabatan, record.get(6), Text.blankToNull(record.get(7)),
                record.get(8), record.get(9), status, Text.blankToNull(record.get(11)), null);
        for (ConstraintViolation<EmployeeRequest> v : validator.validate(request)) {
            String field = column(v.getPropertyPath().toString());
            if (faults.stream().noneMatch(f -> f.field().equals(field))) {
                faults.add(beanViolation(field, v));
            }
        }
        if (!faults.isEmpty()) {
            return new Rejected(line, sorted(faults));
        }
        if (agencyScope != null && !agencyScope.equalsIgnoreCase(request.agencyCode().trim())) {
            return new Rejected(line, List.of(FieldViolation.of("agency_code", "AGENCY_OUT_OF_SCOPE", request.agencyCode())));
        }
        try {
            return new Row(line, EmployeeRules.check(request.nip(), request, EmployeeStatus.AKTIF, refs, today));
        } catch (ApiException e) {
            return new Rejected(line, sorted(e.violations().stream()
                    .map(v -> new FieldViolation(column(v.field()), v.code(), v.messageKey(), v.args(), v.message()))
                    .toList()));
        }
    }

    /**
     * Writes chunks on {@code writers} connections at once, so that checking the next rows and writing
     * the previous ones overlap and the database works on more than one chunk. A NIP is never in two
     * chunks being written: a row whose NIP is still being written waits until those chunks are
     * committed, so a NIP repeated in the file is still applied in file order. Chunks that touch the
     * same headcount cells lock them in one order (the cells are sorted); a chunk the database rolls
     * back as a deadlock victim is written again. The first failure stops the run.
     */
    private final class ChunkWriters implements AutoCloseable {
        private final Job job;
        private final Long scopeAgencyId;
        private final ExecutorService pool;
        private final Semaphore slots;
        private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

        ChunkWriters(Job job, Long scopeAgencyId) {
            this.job = job;
            this.scopeAgencyId = scopeAgencyId;
            this.slots = new Semaphore(writers);
            this.pool = Executors.newFixedThreadPool(writers, r -> {
                Thread thread = new Thread(r, "employee-import-writer-" + job.publicId());
                thread.setDaemon(true);
                return thread;
            });
        }

        boolean writing(String nip) {
            return inFlight.contains(nip);
        }

        void submit(Chunk chunk) throws InterruptedException {
            rethrowFailure();
            if (chunk.isEmpty()) {
                return;
            }
            slots.acquire();
            inFlight.addAll(chunk.nips);
            pool.execute(() -> {
                try {
                    if (failure.get() == null) {
                        writeRetryingDeadlocks(job, chunk, scopeAgencyId);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    inFlight.removeAll(chunk.nips);
                    slots.release();
                }
            });
        }

        /** Waits until every submitted chunk is committed (or has failed). */
        void drain() throws InterruptedException {
            slots.acquire(writers);
            slots.release(writers);
            rethrowFailure();
        }

        private void rethrowFailure() {
            RuntimeException e = failure.get();
            if (e != null) {
                throw e;
            }
        }

        @Override
        public void close() throws InterruptedException {
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        }
    }

    private void writeRetryingDeadlocks(Job job, Chunk chunk, Long scopeAgencyId) {
        for (int attempt = 1; ; attempt++) {
            try {
                write(job, chunk, scopeAgencyId);
                return;
            } catch (RuntimeException e) {
                if (attempt >= DEADLOCK_ATTEMPTS || !SqlFailures.rolledBack(e)) {
                    throw e;
                }
                LOG.debugf("Import %s: chunk rolled back by the database (attempt %d), writing it again",
                        job.publicId(), attempt);
            }
        }
    }

    private void write(Job job, Chunk chunk, Long scopeAgencyId) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                LocalDateTime now = DbTime.nowUtc();
                Map<String, Existing> existing = loadExisting(connection, chunk.nips);
                List<Row> inserts = new ArrayList<>();
                List<Row> updates = new ArrayList<>();
                List<Rejected> rejected = new ArrayList<>(chunk.rejected);
                long unchanged = 0;
                for (Row row : chunk.rows) {
                    Existing current = existing.get(row.valid().nip().value());
                    if (current == null) {
                        inserts.add(row);
                    } else if (scopeAgencyId != null && current.agencyId() != scopeAgencyId) {
                        rejected.add(new Rejected(row.line(), List.of(FieldViolation.of("agency_code",
                                "AGENCY_OUT_OF_SCOPE", row.valid().agency().code()))));
                    } else if (same(current, row.valid())) {
                        unchanged++;
                    } else {
                        updates.add(row);
                    }
                }
                insert(connection, inserts, job.actor(), now);
                update(connection, updates, existing, job, now);
                EmployeeHeadcount heads = new EmployeeHeadcount();
                for (Row row : inserts) {
                    heads.change(null, null, null, row.valid().agency().id(), row.valid().regionCode(),
                            row.valid().status().name());
                }
                for (Row row : updates) {
                    Existing current = existing.get(row.valid().nip().value());
                    heads.change(current.agencyId(), current.regionCode(), current.status(), row.valid().agency().id(),
                            row.valid().regionCode(), row.valid().status().name());
                }
                heads.apply(connection);
                recordErrors(connection, job.id(), rejected);
                try (PreparedStatement progress = connection.prepareStatement("UPDATE employee_import_job SET "
                        + "rows_read = rows_read + ?, inserted = inserted + ?, updated = updated + ?, "
                        + "unchanged = unchanged + ?, rejected = rejected + ?, heartbeat_at = ?, updated_at = ?, "
                        + "version = version + 1 WHERE id = ?")) {
                    progress.setLong(1, chunk.read);
                    progress.setLong(2, inserts.size());
                    progress.setLong(3, updates.size());
                    progress.setLong(4, unchanged);
                    progress.setLong(5, rejected.size());
                    progress.setObject(6, now);
                    progress.setObject(7, now);
                    progress.setLong(8, job.id());
                    progress.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Writing an import chunk failed", e);
            }
        });
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

    private void insert(Connection connection, List<Row> rows, String actor, LocalDateTime now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = BatchStatements.prepare(connection, "INSERT INTO employee (nip, name, name_key, "
                + "employee_type, golongan, pangkat, jabatan_category, jabatan_name, unit_kerja, agency_id, region_code, "
                + "status, nik_encrypted, personnel_blocked, version, created_at, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, ?, ?, ?)")) {
            for (Row row : rows) {
                EmployeeRules.Valid v = row.valid();
                insert.setString(1, v.nip().value());
                bindRecord(insert, 2, v);
                insert.setObject(14, now);
                insert.setObject(15, now);
                insert.setString(16, actor);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void update(Connection connection, List<Row> rows, Map<String, Existing> existing, Job job,
                        LocalDateTime now) throws SQLException {
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
            for (Row row : rows) {
                EmployeeRules.Valid v = row.valid();
                Existing current = existing.get(v.nip().value());
                bindRecord(update, 1, v);
                update.setObject(13, now);
                update.setString(14, job.actor());
                update.setLong(15, current.id());
                update.addBatch();
                if (!current.status().equals(v.status().name())) {
                    history.setLong(1, current.id());
                    history.setString(2, current.status());
                    history.setString(3, v.status().name());
                    history.setString(4, job.actor());
                    history.setString(5, "Import " + job.publicId() + ", line " + row.line());
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

    private void recordErrors(Connection connection, long jobId, List<Rejected> rejected) throws SQLException {
        if (rejected.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = BatchStatements.prepare(connection, "INSERT INTO employee_import_error "
                + "(job_id, line_number, field, code, message_key, message_args) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Rejected row : rejected) {
                for (FieldViolation v : row.violations()) {
                    insert.setLong(1, jobId);
                    insert.setLong(2, row.line());
                    insert.setString(3, v.field());
                    insert.setString(4, v.code());
                    insert.setString(5, v.messageKey() == null ? "INVALID_VALUE" : v.messageKey());
                    insert.setString(6, joinArgs(v.messageKey() == null ? new Object[] {v.message()} : v.args()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private EmployeeRules.References loadReferences() {
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

    private void markRunning(long jobId) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement("UPDATE employee_import_job SET "
                         + "status = 'RUNNING', started_at = ?, heartbeat_at = ?, updated_at = ?, version = version + 1 "
                         + "WHERE id = ?")) {
                LocalDateTime now = DbTime.nowUtc();
                statement.setObject(1, now);
                statement.setObject(2, now);
                statement.setObject(3, now);
                statement.setLong(4, jobId);
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Starting import job " + jobId + " failed", e);
            }
        });
    }

    private void finish(long jobId, EmployeeImportJob.Status status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement("UPDATE employee_import_job SET "
                         + "status = ?, failure = ?, finished_at = ?, heartbeat_at = ?, updated_at = ?, "
                         + "version = version + 1 WHERE id = ?")) {
                LocalDateTime now = DbTime.nowUtc();
                statement.setString(1, status.name());
                statement.setString(2, failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000)));
                statement.setObject(3, now);
                statement.setObject(4, now);
                statement.setObject(5, now);
                statement.setLong(6, jobId);
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Finishing import job " + jobId + " failed", e);
            }
        });
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String column, List<FieldViolation> faults) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            faults.add(FieldViolation.of(column, "INVALID_ENUM_VALUE", Text.abbreviate(raw, MAX_ARG_LENGTH),
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static FieldViolation beanViolation(String field, ConstraintViolation<?> v) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank" -> FieldViolation.of(field, "NOT_NULL");
            case "Size" -> FieldViolation.keyed(field, "SIZE", "SIZE", v.getConstraintDescriptor().getAttributes().get("min"),
                    v.getConstraintDescriptor().getAttributes().get("max"));
            default -> FieldViolation.keyed(field, constraint.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT),
                    "INVALID_VALUE", v.getMessage());
        };
    }

    /** API field names (camelCase) as the CSV's column names (snake_case). */
    static String column(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static List<FieldViolation> sorted(List<FieldViolation> violations) {
        List<FieldViolation> list = new ArrayList<>(violations);
        list.sort((a, b) -> Integer.compare(HEADER.indexOf(a.field()), HEADER.indexOf(b.field())));
        return list;
    }

    private static String joinArgs(Object[] args) {
        if (args == null || args.length == 0) {
            return null;
        }
        String joined = Arrays.stream(args).map(a -> Text.abbreviate(String.valueOf(a), MAX_ARG_LENGTH))
                .collect(Collectors.joining(EmployeeImportError.ARG_SEPARATOR));
        return joined.length() <= 1000 ? joined : joined.substring(0, 1000);
    }
}
