package db.migration;

import id.netralitas.common.csv.CsvReader;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the 38 provinces and 514 kabupaten/kota from the bundled Kemendagri list
 * ({@code regions/regions.csv}, MIT, see {@code regions/README.md}). The file is sorted by code,
 * so every parent is inserted before its children.
 */
public class V2__seed_regions extends BaseJavaMigration {

    static final String RESOURCE = "regions/regions.csv";

    @Override
    public void migrate(Context context) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream stream = loader.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            try (CsvReader csv = CsvReader.utf8(stream);
                 PreparedStatement insert = context.getConnection().prepareStatement(
                         "INSERT INTO region (code, name, region_level, parent_code) VALUES (?, ?, ?, ?)")) {
                List<String> header = csv.next();
                if (!List.of("code", "name", "level", "parent_code").equals(header)) {
                    throw new IllegalStateException("Unexpected header in " + RESOURCE + ": " + header);
                }
                List<String> row;
                while ((row = csv.next()) != null) {
                    insert.setString(1, row.get(0));
                    insert.setString(2, row.get(1));
                    insert.setString(3, row.get(2));
                    insert.setString(4, row.get(3).isEmpty() ? null : row.get(3));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
