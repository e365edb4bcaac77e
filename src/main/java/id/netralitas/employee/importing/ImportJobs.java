package id.netralitas.employee.importing;

import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.persistence.BatchStatements;
import id.netralitas.common.persistence.DbTime;
import id.netralitas.common.persistence.Jdbc;
import id.netralitas.common.text.Text;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows that tell an import's state, written with SQL: status changes (each committed on its own
 * so that readers see them at once), the heartbeat, and, within a chunk's transaction, its progress
 * counters and rejected rows.
 */
@ApplicationScoped
public class ImportJobs {

    /** Longest failure and message-argument text stored (the columns hold 1,000 characters). */
    private static final int MAX_TEXT = 1000;

    @Inject
    AgroalDataSource dataSource;

    /** Counts one chunk adds to its job. */
    record Progress(long read, long inserted, long updated, long unchanged, long rejected) {
    }

    void markRunningCommitted(long jobId) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                LocalDateTime now = DbTime.nowUtc();
                Jdbc.update(connection, "UPDATE employee_import_job SET status = 'RUNNING', started_at = ?, "
                        + "heartbeat_at = ?, updated_at = ?, version = version + 1 WHERE id = ?", now, now, now, jobId);
            } catch (SQLException e) {
                throw new IllegalStateException("Starting import job " + jobId + " failed", e);
            }
        });
    }

    void finishCommitted(long jobId, EmployeeImportJob.Status status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                LocalDateTime now = DbTime.nowUtc();
                Jdbc.update(connection, "UPDATE employee_import_job SET status = ?, failure = ?, finished_at = ?, "
                        + "heartbeat_at = ?, updated_at = ?, version = version + 1 WHERE id = ?", status.name(),
                        failure == null ? null : failure.substring(0, Math.min(failure.length(), MAX_TEXT)),
                        now, now, now, jobId);
            } catch (SQLException e) {
                throw new IllegalStateException("Finishing import job " + jobId + " failed", e);
            }
        });
    }

    /** Marks the jobs held by this replica as alive. */
    void heartbeatCommitted(Collection<Long> jobIds) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE employee_import_job SET heartbeat_at = ? WHERE id = ?")) {
                for (Long id : jobIds) {
                    update.setObject(1, DbTime.nowUtc());
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Adds a chunk's counts to its job, in the chunk's transaction. */
    void addProgress(Connection connection, long jobId, Progress progress, LocalDateTime now) throws SQLException {
        Jdbc.update(connection, "UPDATE employee_import_job SET rows_read = rows_read + ?, inserted = inserted + ?, "
                + "updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ?, heartbeat_at = ?, "
                + "updated_at = ?, version = version + 1 WHERE id = ?", progress.read(), progress.inserted(),
                progress.updated(), progress.unchanged(), progress.rejected(), now, now, jobId);
    }

    /** Records one error row per field at fault, in the chunk's transaction. */
    void recordRejected(Connection connection, long jobId, List<CheckedRow.Rejected> rejected) throws SQLException {
        if (rejected.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = BatchStatements.prepare(connection, "INSERT INTO employee_import_error "
                + "(job_id, line_number, field, code, message_key, message_args) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CheckedRow.Rejected row : rejected) {
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

    private static String joinArgs(Object[] args) {
        if (args == null || args.length == 0) {
            return null;
        }
        String joined = Arrays.stream(args).map(a -> Text.abbreviate(String.valueOf(a), ImportRowChecker.MAX_ARG_LENGTH))
                .collect(Collectors.joining(EmployeeImportError.ARG_SEPARATOR));
        return joined.length() <= MAX_TEXT ? joined : joined.substring(0, MAX_TEXT);
    }
}
