package db.migration;

import id.netralitas.common.persistence.DbTime;
import id.netralitas.regulation.CandidatePhase;
import id.netralitas.employee.EmployeeType;
import id.netralitas.regulation.AuthorityFunction;
import id.netralitas.regulation.LegalReference;
import id.netralitas.regulation.RegulationKind;
import id.netralitas.regulation.SanctionLevel;
import id.netralitas.regulation.ViolationCategory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the legal reference data from {@code reference/*.csv} (sources and open points in
 * {@code reference/README.md}): regulations and their articles, the sanction catalogue, the
 * violation-type catalogue (SKB 2020 as version 1, SKB 2022 as version 2) and the handling
 * authorities. Every legal reference must resolve to a seeded regulation or article, or the
 * migration fails.
 */
public class V111__seed_legal_reference extends BaseJavaMigration {

    private final Map<String, Long> regulationIds = new HashMap<>();
    private final Map<String, LocalDate> effectiveDates = new HashMap<>();
    private final Map<String, Long> articleIds = new HashMap<>();
    private LocalDateTime now;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        now = DbTime.nowUtc();
        regulations(connection);
        articles(connection);
        sanctions(connection);
        violationTypes(connection);
        authorities(connection);
    }

    private void regulations(Connection connection) throws Exception {
        List<Map<String, String>> rows = ReferenceCsv.read("reference/regulations.csv");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO regulation (code, kind, reg_number, "
                + "reg_year, citation, title, issuer, signed_date, effective_date, in_force_until, scope_region_code, gazette, "
                + "summary, note, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement number = connection.prepareStatement("INSERT INTO regulation_signatory_number "
                     + "(regulation_id, list_index, signatory, sig_number) VALUES (?, ?, ?, ?)")) {
            for (Map<String, String> row : rows) {
                String code = row.get("code");
                new LegalReference(code, null, null, null, null); // the code must be canonical
                insert.setString(1, code);
                insert.setString(2, RegulationKind.valueOf(row.get("kind")).name());
                insert.setString(3, row.get("number"));
                insert.setInt(4, Integer.parseInt(row.get("year")));
                insert.setString(5, row.get("citation"));
                insert.setString(6, row.get("title"));
                insert.setString(7, row.get("issuer"));
                ReferenceCsv.setDate(insert, 8, row.get("signed_date"));
                ReferenceCsv.setDate(insert, 9, row.get("effective_date"));
                ReferenceCsv.setDate(insert, 10, row.get("in_force_until"));
                ReferenceCsv.setString(insert, 11, row.get("scope_region_code"));
                ReferenceCsv.setString(insert, 12, row.get("gazette"));
                insert.setString(13, row.get("summary"));
                ReferenceCsv.setString(insert, 14, row.get("note"));
                insert.setObject(15, now);
                insert.setObject(16, now);
                insert.executeUpdate();
                long id = ReferenceCsv.generatedId(insert);
                regulationIds.put(code, id);
                effectiveDates.put(code, LocalDate.parse(row.get("effective_date")));
                List<String> numbers = ReferenceCsv.list(row.get("signatory_numbers"));
                for (int i = 0; i < numbers.size(); i++) {
                    String[] parts = numbers.get(i).split("=", 2);
                    number.setLong(1, id);
                    number.setInt(2, i);
                    number.setString(3, parts[0]);
                    number.setString(4, parts[1]);
                    number.addBatch();
                }
            }
            number.executeBatch();
        }
        // Repeals: in force until the day before the repealing regulation takes effect, unless given.
        try (PreparedStatement repeal = connection.prepareStatement("UPDATE regulation SET repealed_by_id = ?, "
                + "in_force_until = COALESCE(in_force_until, ?) WHERE id = ?")) {
            for (Map<String, String> row : rows) {
                String repealer = ReferenceCsv.orNull(row.get("repealed_by"));
                if (repealer != null) {
                    repeal.setLong(1, regulationId(repealer, row.get("code")));
                    repeal.setObject(2, effectiveDates.get(repealer).minusDays(1));
                    repeal.setLong(3, regulationIds.get(row.get("code")));
                    repeal.addBatch();
                }
            }
            repeal.executeBatch();
        }
    }

    private void articles(Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO regulation_article (regulation_id, pasal, "
                + "ayat, huruf, angka, sort_key, summary, note, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (Map<String, String> row : ReferenceCsv.read("reference/articles.csv")) {
                String[] parts = LegalReference.parseArticleKey(row.get("article_key"));
                if (parts == null) {
                    throw new IllegalStateException("Bad article key " + row.get("article_key"));
                }
                insert.setLong(1, regulationId(row.get("regulation_code"), row.get("article_key")));
                insert.setString(2, parts[0]);
                insert.setString(3, parts[1] == null ? "" : parts[1]);
                insert.setString(4, parts[2] == null ? "" : parts[2]);
                insert.setString(5, parts[3] == null ? "" : parts[3]);
                insert.setString(6, LegalReference.sortKey(parts[0], parts[1], parts[2], parts[3]));
                insert.setString(7, row.get("summary"));
                ReferenceCsv.setString(insert, 8, row.get("note"));
                insert.setObject(9, now);
                insert.setObject(10, now);
                insert.executeUpdate();
                articleIds.put(row.get("regulation_code") + "/" + row.get("article_key"), ReferenceCsv.generatedId(insert));
            }
        }
    }

    private void sanctions(Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sanction (code, revision, sanction_level, "
                + "description_id, description_en, duration_months, valid_from, valid_to, note, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement type = connection.prepareStatement(
                     "INSERT INTO sanction_employee_type (sanction_id, employee_type) VALUES (?, ?)")) {
            for (Map<String, String> row : ReferenceCsv.read("reference/sanctions.csv")) {
                insert.setString(1, row.get("code"));
                insert.setInt(2, Integer.parseInt(row.get("version")));
                insert.setString(3, SanctionLevel.valueOf(row.get("level")).name());
                insert.setString(4, row.get("description_id"));
                insert.setString(5, row.get("description_en"));
                ReferenceCsv.setInt(insert, 6, row.get("duration_months"));
                ReferenceCsv.setDate(insert, 7, row.get("valid_from"));
                ReferenceCsv.setDate(insert, 8, row.get("valid_to"));
                ReferenceCsv.setString(insert, 9, row.get("note"));
                insert.setObject(10, now);
                insert.setObject(11, now);
                insert.executeUpdate();
                long id = ReferenceCsv.generatedId(insert);
                for (String employeeType : ReferenceCsv.list(row.get("employee_types"))) {
                    type.setLong(1, id);
                    type.setString(2, EmployeeType.valueOf(employeeType).name());
                    type.addBatch();
                }
                legalBasis(connection, "sanction_legal_basis", "sanction_id", id, row.get("legal_basis"), row.get("code"));
            }
            type.executeBatch();
        }
    }

    private void violationTypes(Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO violation_type (code, revision, category, "
                + "description_id, description_en, default_sanction_level, source_regulation_id, valid_from, valid_to, note, "
                + "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement phase = connection.prepareStatement(
                     "INSERT INTO violation_type_phase (violation_type_id, candidate_phase) VALUES (?, ?)");
             PreparedStatement level = connection.prepareStatement(
                     "INSERT INTO violation_type_sanction_level (violation_type_id, sanction_level) VALUES (?, ?)")) {
            for (Map<String, String> row : ReferenceCsv.read("reference/violation-types.csv")) {
                String code = row.get("code");
                String defaultLevel = ReferenceCsv.orNull(row.get("default_sanction_level"));
                List<String> allowed = ReferenceCsv.list(row.get("allowed_sanction_levels"));
                if (defaultLevel != null && !allowed.contains(defaultLevel)) {
                    throw new IllegalStateException(code + ": default level " + defaultLevel + " is not allowed");
                }
                insert.setString(1, code);
                insert.setInt(2, Integer.parseInt(row.get("version")));
                insert.setString(3, ViolationCategory.valueOf(row.get("category")).name());
                insert.setString(4, row.get("description_id"));
                insert.setString(5, row.get("description_en"));
                ReferenceCsv.setString(insert, 6, defaultLevel == null ? null : SanctionLevel.valueOf(defaultLevel).name());
                insert.setLong(7, regulationId(row.get("source_regulation"), code));
                ReferenceCsv.setDate(insert, 8, row.get("valid_from"));
                ReferenceCsv.setDate(insert, 9, row.get("valid_to"));
                ReferenceCsv.setString(insert, 10, row.get("note"));
                insert.setObject(11, now);
                insert.setObject(12, now);
                insert.executeUpdate();
                long id = ReferenceCsv.generatedId(insert);
                for (String p : ReferenceCsv.list(row.get("candidate_phases"))) {
                    phase.setLong(1, id);
                    phase.setString(2, CandidatePhase.valueOf(p).name());
                    phase.addBatch();
                }
                for (String l : allowed) {
                    level.setLong(1, id);
                    level.setString(2, SanctionLevel.valueOf(l).name());
                    level.addBatch();
                }
                legalBasis(connection, "violation_type_legal_basis", "violation_type_id", id, row.get("legal_basis"), code);
            }
            phase.executeBatch();
            level.executeBatch();
        }
    }

    private void authorities(Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO authority (code, revision, name, "
                + "authority_function, description_id, description_en, valid_from, valid_to, note, version, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (Map<String, String> row : ReferenceCsv.read("reference/authorities.csv")) {
                insert.setString(1, row.get("code"));
                insert.setInt(2, Integer.parseInt(row.get("version")));
                insert.setString(3, row.get("name"));
                insert.setString(4, AuthorityFunction.valueOf(row.get("function")).name());
                insert.setString(5, row.get("description_id"));
                insert.setString(6, row.get("description_en"));
                ReferenceCsv.setDate(insert, 7, row.get("valid_from"));
                ReferenceCsv.setDate(insert, 8, row.get("valid_to"));
                ReferenceCsv.setString(insert, 9, row.get("note"));
                insert.setObject(10, now);
                insert.setObject(11, now);
                insert.executeUpdate();
                legalBasis(connection, "authority_legal_basis", "authority_id", ReferenceCsv.generatedId(insert),
                        row.get("legal_basis"), row.get("code"));
            }
        }
    }

    /** Inserts the ";"-separated references of {@code value} in order; fails on any that does not resolve. */
    private void legalBasis(Connection connection, String table, String ownerColumn, long ownerId, String value, String owner)
            throws Exception {
        List<String> refs = ReferenceCsv.list(value);
        if (refs.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + ownerColumn
                + ", list_index, regulation_id, article_id) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < refs.size(); i++) {
                LegalReference ref = LegalReference.parse(refs.get(i));
                insert.setLong(1, ownerId);
                insert.setInt(2, i);
                insert.setLong(3, regulationId(ref.regulationCode(), owner));
                if (ref.isWholeRegulation()) {
                    insert.setNull(4, java.sql.Types.BIGINT);
                } else {
                    Long article = articleIds.get(ref.key());
                    if (article == null) {
                        throw new IllegalStateException(owner + " cites " + ref.key() + ", which is not a seeded article");
                    }
                    insert.setLong(4, article);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private long regulationId(String code, String owner) {
        Long id = regulationIds.get(code);
        if (id == null) {
            throw new IllegalStateException(owner + " cites " + code + ", which is not a seeded regulation");
        }
        return id;
    }
}
