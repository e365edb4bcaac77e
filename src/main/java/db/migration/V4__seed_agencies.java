package db.migration;

import id.netralitas.common.csv.CsvReader;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds one regional government per province and kabupaten/kota (552), named and coded from the
 * bundled Kemendagri list, plus the central bodies that supervise ASN neutrality. Codes:
 * {@code PROV-74}, {@code KAB-74.03}, {@code KOTA-74.71}. The six administrative kota/kabupaten of
 * DKI Jakarta are not autonomous: their civil servants' PPK is the governor.
 */
public class V4__seed_agencies extends BaseJavaMigration {

    private static final String DKI = "31";

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO agency (code, name, agency_type, region_code, ppk_title) VALUES (?, ?, ?, ?, ?)")) {
            central(insert, "BKN", "Badan Kepegawaian Negara", "Kepala Badan Kepegawaian Negara");
            central(insert, "KEMENPAN-RB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
                    "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi");
            central(insert, "KEMENDAGRI", "Kementerian Dalam Negeri", "Menteri Dalam Negeri");
            central(insert, "BAWASLU", "Badan Pengawas Pemilihan Umum",
                    "Sekretaris Jenderal Badan Pengawas Pemilihan Umum");
            String dkiName = null;
            try (InputStream stream = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(V2__seed_regions.RESOURCE);
                 CsvReader csv = CsvReader.utf8(stream)) {
                csv.next();
                List<String> row;
                while ((row = csv.next()) != null) {
                    String code = row.get(0);
                    String name = row.get(1);
                    switch (row.get(2)) {
                        case "PROVINSI" -> {
                            if (DKI.equals(code)) {
                                dkiName = name;
                            }
                            add(insert, "PROV-" + code, "Pemerintah Provinsi " + name, "PROVINSI", code, "Gubernur " + name);
                        }
                        case "KABUPATEN" -> add(insert, "KAB-" + code, "Pemerintah " + name, "KABUPATEN_KOTA", code,
                                code.startsWith(DKI + ".") ? "Gubernur " + dkiName
                                        : "Bupati " + name.substring("Kabupaten ".length()));
                        case "KOTA" -> add(insert, "KOTA-" + code, "Pemerintah " + name, "KABUPATEN_KOTA", code,
                                code.startsWith(DKI + ".") ? "Gubernur " + dkiName
                                        : "Wali Kota " + name.substring("Kota ".length()));
                        default -> throw new IllegalStateException("Unexpected level in region list: " + row);
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static void central(PreparedStatement insert, String code, String name, String ppkTitle) throws Exception {
        add(insert, code, name, "PUSAT", null, ppkTitle);
    }

    private static void add(PreparedStatement insert, String code, String name, String type, String region,
                            String ppkTitle) throws Exception {
        insert.setString(1, code);
        insert.setString(2, name);
        insert.setString(3, type);
        insert.setString(4, region);
        insert.setString(5, ppkTitle);
        insert.addBatch();
    }
}
