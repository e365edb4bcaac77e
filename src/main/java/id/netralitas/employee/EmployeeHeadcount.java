package id.netralitas.employee;

import id.netralitas.common.persistence.BatchStatements;
import id.netralitas.common.persistence.DbTime;
import id.netralitas.common.persistence.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code employee_headcount} table: active ({@link EmployeeStatus#AKTIF}) employees per agency
 * and duty-station region, so that coverage figures never count the register itself. Every writer
 * of the register collects the changes of its transaction here and applies them on the same
 * connection before it commits: creation of an active employee, a status change to or from AKTIF,
 * and a move to another agency or region.
 */
public final class EmployeeHeadcount {

    /** One cell of the table. */
    public record Cell(long agencyId, String regionCode) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell other) {
            int byAgency = Long.compare(agencyId, other.agencyId);
            return byAgency != 0 ? byAgency : regionCode.compareTo(other.regionCode);
        }
    }

    /** Changes of one transaction, in a fixed order (so concurrent writers lock rows alike). */
    private final Map<Cell, Long> deltas = new TreeMap<>();

    /** Records the change of one employee from its old state to the new one (null for "did not exist"). */
    public EmployeeHeadcount change(Long agencyBefore, String regionBefore, String statusBefore,
                                    long agencyAfter, String regionAfter, String statusAfter) {
        boolean activeBefore = agencyBefore != null && EmployeeStatus.AKTIF.name().equals(statusBefore);
        boolean activeAfter = EmployeeStatus.AKTIF.name().equals(statusAfter);
        if (activeBefore && activeAfter && agencyBefore == agencyAfter && Objects.equals(regionBefore, regionAfter)) {
            return this;
        }
        if (activeBefore) {
            deltas.merge(new Cell(agencyBefore, regionBefore), -1L, Long::sum);
        }
        if (activeAfter) {
            deltas.merge(new Cell(agencyAfter, regionAfter), 1L, Long::sum);
        }
        return this;
    }

    public boolean isEmpty() {
        return deltas.values().stream().allMatch(d -> d == 0);
    }

    /** Applies the changes on the writer's connection (inside its transaction). */
    public void apply(Connection connection) throws SQLException {
        if (isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = BatchStatements.prepare(connection, "INSERT INTO employee_headcount "
                + "(agency_id, region_code, active_count, updated_at) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE active_count = active_count + VALUES(active_count), updated_at = VALUES(updated_at)")) {
            Object now = DbTime.nowUtc();
            for (Map.Entry<Cell, Long> delta : deltas.entrySet()) {
                if (delta.getValue() == 0) {
                    continue;
                }
                Jdbc.bind(upsert, delta.getKey().agencyId(), delta.getKey().regionCode(), delta.getValue(), now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        deltas.clear();
    }
}
