package db.migration;

import id.netralitas.calendar.HolidayKind;
import id.netralitas.common.persistence.DbTime;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the national holidays, cuti bersama and election-day holidays of 2020 and 2023–2026 from
 * {@code holidays/holidays.csv} (sources and open points in {@code holidays/README.md}).
 */
public class V110__seed_holidays extends BaseJavaMigration {

    static final String RESOURCE = "holidays/holidays.csv";

    @Override
    public void migrate(Context context) throws Exception {
        List<Map<String, String>> rows = ReferenceCsv.read(RESOURCE);
        var now = DbTime.nowUtc();
        try (PreparedStatement insert = context.getConnection().prepareStatement("INSERT INTO holiday "
                + "(holiday_date, kind, name, legal_basis, version, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)")) {
            for (Map<String, String> row : rows) {
                insert.setDate(1, Date.valueOf(LocalDate.parse(row.get("date"))));
                insert.setString(2, HolidayKind.valueOf(row.get("kind")).name());
                insert.setString(3, row.get("name"));
                insert.setString(4, row.get("legal_basis"));
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
