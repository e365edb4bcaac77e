package db.migration;

import id.netralitas.calendar.DeadlineUnit;
import id.netralitas.common.persistence.DbTime;
import id.netralitas.election.DeadlineKind;
import id.netralitas.election.ElectionScope;
import id.netralitas.election.ElectionType;
import id.netralitas.regulation.LegalReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds Pemilu 2024 and Pilkada serentak 2024 from {@code reference/elections.csv} and
 * {@code reference/election-deadline-rules.csv}, and the regions of Pilkada 2024: every province but
 * DI Yogyakarta (34), and every kabupaten/kota but the six administrative ones of DKI Jakarta (31),
 * which must give 37 + 508 = 545 regions.
 */
public class V112__seed_elections extends BaseJavaMigration {

    static final int PILKADA_2024_PROVINCES = 37;
    static final int PILKADA_2024_KABKOTA = 508;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        LocalDateTime now = DbTime.nowUtc();
        Map<String, Long> electionIds = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO election (code, election_type, name, "
                + "election_scope, voting_date, campaign_start, campaign_end, candidate_determination_date, "
                + "support_collection_start, support_collection_end, incident_window_start, incident_window_end, note, "
                + "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (Map<String, String> row : ReferenceCsv.read("reference/elections.csv")) {
                insert.setString(1, row.get("code"));
                insert.setString(2, ElectionType.valueOf(row.get("type")).name());
                insert.setString(3, row.get("name"));
                insert.setString(4, ElectionScope.valueOf(row.get("scope")).name());
                ReferenceCsv.setDate(insert, 5, row.get("voting_date"));
                ReferenceCsv.setDate(insert, 6, row.get("campaign_start"));
                ReferenceCsv.setDate(insert, 7, row.get("campaign_end"));
                ReferenceCsv.setDate(insert, 8, row.get("candidate_determination_date"));
                ReferenceCsv.setDate(insert, 9, row.get("support_collection_start"));
                ReferenceCsv.setDate(insert, 10, row.get("support_collection_end"));
                ReferenceCsv.setDate(insert, 11, row.get("incident_window_start"));
                ReferenceCsv.setDate(insert, 12, row.get("incident_window_end"));
                ReferenceCsv.setString(insert, 13, row.get("note"));
                insert.setObject(14, now);
                insert.setObject(15, now);
                insert.executeUpdate();
                long id = ReferenceCsv.generatedId(insert);
                electionIds.put(row.get("code"), id);
                List<String> refs = ReferenceCsv.list(row.get("legal_basis"));
                try (PreparedStatement basis = connection.prepareStatement("INSERT INTO election_legal_basis "
                        + "(election_id, list_index, regulation_id, article_id) VALUES (?, ?, ?, ?)")) {
                    for (int i = 0; i < refs.size(); i++) {
                        long[] ids = resolve(connection, refs.get(i), row.get("code"));
                        basis.setLong(1, id);
                        basis.setInt(2, i);
                        basis.setLong(3, ids[0]);
                        setArticle(basis, 4, ids[1]);
                        basis.addBatch();
                    }
                    basis.executeBatch();
                }
            }
        }
        try (PreparedStatement rule = connection.prepareStatement("INSERT INTO election_deadline_rule (election_id, "
                + "deadline_kind, amount, unit, counted_from, regulation_id, article_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map<String, String> row : ReferenceCsv.read("reference/election-deadline-rules.csv")) {
                Long electionId = electionIds.get(row.get("election_code"));
                if (electionId == null) {
                    throw new IllegalStateException("Deadline rule for unknown election " + row.get("election_code"));
                }
                rule.setLong(1, electionId);
                rule.setString(2, DeadlineKind.valueOf(row.get("kind")).name());
                rule.setInt(3, Integer.parseInt(row.get("amount")));
                rule.setString(4, DeadlineUnit.valueOf(row.get("unit")).name());
                rule.setString(5, row.get("counted_from"));
                String ref = ReferenceCsv.orNull(row.get("legal_basis"));
                if (ref == null) {
                    rule.setNull(6, java.sql.Types.BIGINT);
                    rule.setNull(7, java.sql.Types.BIGINT);
                } else {
                    long[] ids = resolve(connection, ref, row.get("election_code") + " " + row.get("kind"));
                    rule.setLong(6, ids[0]);
                    setArticle(rule, 7, ids[1]);
                }
                ReferenceCsv.setString(rule, 8, row.get("note"));
                rule.addBatch();
            }
            rule.executeBatch();
        }
        pilkada2024Regions(connection, electionIds.get("PILKADA-2024"));
    }

    private static void pilkada2024Regions(Connection connection, long electionId) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO election_region (election_id, region_code) "
                + "SELECT ?, code FROM region WHERE (region_level = 'PROVINSI' AND code <> '34') "
                + "OR (region_level IN ('KABUPATEN', 'KOTA') AND parent_code <> '31')")) {
            insert.setLong(1, electionId);
            insert.executeUpdate();
        }
        long provinces = ReferenceCsv.singleLong(connection, "SELECT COUNT(*) FROM election_region er JOIN region r "
                + "ON r.code = er.region_code WHERE er.election_id = ? AND r.region_level = 'PROVINSI'", electionId);
        long kabkota = ReferenceCsv.singleLong(connection, "SELECT COUNT(*) FROM election_region er JOIN region r "
                + "ON r.code = er.region_code WHERE er.election_id = ? AND r.region_level IN ('KABUPATEN', 'KOTA')", electionId);
        if (provinces != PILKADA_2024_PROVINCES || kabkota != PILKADA_2024_KABKOTA) {
            throw new IllegalStateException("Pilkada 2024 regions: expected " + PILKADA_2024_PROVINCES + " provinces and "
                    + PILKADA_2024_KABKOTA + " kabupaten/kota, found " + provinces + " and " + kabkota);
        }
    }

    /** {regulation id, article id or 0} of a reference key; fails when it does not resolve. */
    private static long[] resolve(Connection connection, String key, String owner) throws Exception {
        LegalReference ref = LegalReference.parse(key);
        long regulation;
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM regulation WHERE code = ?")) {
            find.setString(1, ref.regulationCode());
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(owner + " cites " + key + ", which is not a seeded regulation");
                }
                regulation = rs.getLong(1);
            }
        }
        if (ref.isWholeRegulation()) {
            return new long[] {regulation, 0};
        }
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM regulation_article WHERE regulation_id = ? "
                + "AND pasal = ? AND ayat = ? AND huruf = ? AND angka = ?")) {
            find.setLong(1, regulation);
            find.setString(2, ref.pasal());
            find.setString(3, ref.ayat() == null ? "" : ref.ayat());
            find.setString(4, ref.huruf() == null ? "" : ref.huruf());
            find.setString(5, ref.angka() == null ? "" : ref.angka());
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(owner + " cites " + key + ", which is not a seeded article");
                }
                return new long[] {regulation, rs.getLong(1)};
            }
        }
    }

    private static void setArticle(PreparedStatement statement, int index, long article) throws Exception {
        if (article == 0) {
            statement.setNull(index, java.sql.Types.BIGINT);
        } else {
            statement.setLong(index, article);
        }
    }
}
