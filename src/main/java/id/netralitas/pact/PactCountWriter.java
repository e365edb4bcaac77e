package id.netralitas.pact;

import id.netralitas.common.persistence.BatchStatements;
import id.netralitas.common.persistence.DbTime;
import id.netralitas.common.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Writes changes to {@code pact_signature_count} (valid individual signatures per election, agency and
 * region) in SQL on the signing transaction's connection, so the counters commit with the rows. Rows
 * are touched in a fixed order so concurrent writers never deadlock on them.
 */
@ApplicationScoped
public class PactCountWriter {

    @Inject
    EntityManager em;

    /** Adds {@code delta} to one counter now. */
    void add(long electionId, long agencyId, String regionCode, long delta) {
        apply(new Deltas().add(electionId, agencyId, regionCode, delta));
    }

    void apply(Deltas deltas) {
        em.unwrap(Session.class).doWork(deltas::apply);
    }

    /** Changes gathered before they are written, merged per counter. */
    static final class Deltas {

        private record Cell(long electionId, long agencyId, String regionCode) implements Comparable<Cell> {
            @Override
            public int compareTo(Cell o) {
                int c = Long.compare(electionId, o.electionId);
                if (c == 0) {
                    c = Long.compare(agencyId, o.agencyId);
                }
                return c != 0 ? c : regionCode.compareTo(o.regionCode);
            }
        }

        private final Map<Cell, Long> deltas = new TreeMap<>();

        Deltas add(long electionId, long agencyId, String regionCode, long delta) {
            deltas.merge(new Cell(electionId, agencyId, regionCode), delta, Long::sum);
            return this;
        }

        private void apply(Connection connection) throws SQLException {
            if (deltas.isEmpty()) {
                return;
            }
            try (PreparedStatement upsert = BatchStatements.prepare(connection, "INSERT INTO pact_signature_count "
                    + "(election_id, agency_id, region_code, signed_count, updated_at) VALUES (?, ?, ?, ?, ?) "
                    + "ON DUPLICATE KEY UPDATE signed_count = signed_count + VALUES(signed_count), "
                    + "updated_at = VALUES(updated_at)")) {
                Object now = DbTime.nowUtc();
                for (Map.Entry<Cell, Long> d : deltas.entrySet()) {
                    if (d.getValue() == 0) {
                        continue;
                    }
                    Jdbc.bind(upsert, d.getKey().electionId(), d.getKey().agencyId(), d.getKey().regionCode(), d.getValue(),
                            now);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            deltas.clear();
        }
    }
}
