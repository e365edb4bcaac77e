package id.netralitas.employee;

import id.netralitas.common.csv.CsvReader;
import id.netralitas.common.csv.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic ASN register in the import CSV layout, deterministic for a seed: the same
 * arguments always give the same file. Employees are spread over the seeded agencies (regional
 * governments weighted towards kabupaten/kota, plus the central bodies), with valid PNS, CPNS and
 * PPPK NIPs, realistic Indonesian names, golongan, positions and, for most, a NIK that agrees with
 * the NIP. Optionally every n-th row carries exactly one defect, cycling through the kinds of error
 * an import must reject, so that a run's expected outcome is known in advance.
 *
 * <p>NIPs are unique without remembering them: row {@code i} takes its birth date from bucket
 * {@code i mod B} through an injective mapping onto the days of 1966-2001, and its serial from
 * {@code i div B}, with {@code B = ceil(rows / 1000)}; PNS and PPPK NIPs never collide (digit 13).
 * Up to 13 million rows.
 *
 * <pre>java -cp target/classes id.netralitas.employee.SyntheticEmployees --rows 100000 --seed 42 \
 *     --broken-every 100 --out /tmp/employees.csv</pre>
 */
public final class SyntheticEmployees {

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1966, 1, 1);
    private static final int BIRTH_DAYS = 13_149; // 1966-01-01 .. 2001-12-31
    private static final int BUCKET_STRIDE = 7_919; // prime, coprime with BIRTH_DAYS: a permutation of the days
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    private static final String[] MALE_FIRST = {"Ahmad", "Muhammad", "Budi", "Agus", "Andi", "Hendra", "Rizky", "Dedi",
            "Eko", "Bambang", "Yusuf", "Fajar", "Arif", "Dimas", "Hasan", "Irfan", "Joko", "Kurniawan", "Rahmat", "Syahrul",
            "Teguh", "Wahyu", "Yoga", "Zainal", "Fauzi", "Ilham", "Rudi", "Slamet", "Taufik", "Gede"};
    private static final String[] FEMALE_FIRST = {"Siti", "Sri", "Dewi", "Nur", "Rina", "Fitri", "Ayu", "Indah", "Lestari",
            "Wulan", "Ratna", "Yuliana", "Nurul", "Putri", "Rahmawati", "Sari", "Endang", "Fatimah", "Hartini", "Kartika",
            "Maya", "Nining", "Oktaviani", "Purwanti", "Rosita", "Susanti", "Tuti", "Utami", "Wahyuni", "Yanti"};
    private static final String[] FAMILY = {"Santoso", "Wijaya", "Saputra", "Hidayat", "Setiawan", "Pratama", "Nugroho",
            "Siregar", "Nasution", "Harahap", "Simanjuntak", "Lubis", "Sitompul", "Hasibuan", "Tambunan", "Putra",
            "Rahman", "Hakim", "Kusuma", "Permana", "Gunawan", "Syahputra", "Wibowo", "Suryadi", "Firmansyah",
            "Maulana", "Ramadhan", "Susilo", "Purnomo", "Hamzah", "Mappangara", "Tanjung", "Sembiring", "Ginting"};
    private static final String[] MALE_PREFIX_SULAWESI = {"La Ode", "La", "Andi"};
    private static final String[] FEMALE_PREFIX_SULAWESI = {"Wa Ode", "Wa", "Andi"};

    private static final String[][] FUNGSIONAL = {{"Guru Ahli Pertama", "Dinas Pendidikan"}, {"Guru Ahli Muda", "Dinas Pendidikan"},
            {"Perawat Terampil", "RSUD"}, {"Bidan Ahli Pertama", "Dinas Kesehatan"}, {"Dokter Ahli Muda", "RSUD"},
            {"Analis Kebijakan Ahli Pertama", "Sekretariat Daerah"}, {"Pranata Komputer Ahli Pertama", "Dinas Komunikasi dan Informatika"},
            {"Penyuluh Pertanian Ahli Muda", "Dinas Pertanian"}, {"Auditor Ahli Pertama", "Inspektorat"},
            {"Analis Sumber Daya Manusia Aparatur Ahli Muda", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"}};
    private static final String[][] PELAKSANA = {{"Pengadministrasi Umum", "Sekretariat Daerah"},
            {"Pengolah Data", "Badan Perencanaan Pembangunan Daerah"}, {"Pranata Layanan Operasional", "Dinas Kependudukan dan Pencatatan Sipil"},
            {"Pengelola Keuangan", "Badan Pengelolaan Keuangan dan Aset Daerah"}, {"Operator Layanan Operasional", "Dinas Perhubungan"}};
    private static final String[][] PENGAWAS = {{"Kepala Subbagian Umum dan Kepegawaian", "Dinas Pendidikan"},
            {"Kepala Seksi Pelayanan", "Dinas Kependudukan dan Pencatatan Sipil"}};
    private static final String[][] ADMINISTRATOR = {{"Kepala Bagian Organisasi", "Sekretariat Daerah"},
            {"Sekretaris Dinas", "Dinas Kesehatan"}, {"Kepala Bidang Anggaran", "Badan Pengelolaan Keuangan dan Aset Daerah"}};
    private static final String[][] JPT_PRATAMA = {{"Kepala Dinas Pendidikan", "Dinas Pendidikan"},
            {"Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"},
            {"Kepala Dinas Kesehatan", "Dinas Kesehatan"}};
    private static final String[] PNS_GOLONGAN = {"II/a", "II/b", "II/c", "II/d", "III/a", "III/a", "III/b", "III/b", "III/c",
            "III/c", "III/d", "III/d", "IV/a", "IV/a", "IV/b", "IV/c"};
    private static final String[] PPPK_GOLONGAN = {"V", "VII", "VII", "IX", "IX", "IX", "X", "XI"};

    private record Agency(String code, String region, boolean central) {
    }

    private SyntheticEmployees() {
    }

    public static void main(String[] args) throws IOException {
        long rows = 1000;
        long seed = 42;
        int brokenEvery = 0;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--broken-every" -> brokenEvery = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --rows N --seed S --broken-every K --out FILE");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FILE is required");
        }
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
                1 << 16)) {
            write(writer, rows, seed, brokenEvery);
        }
    }

    /**
     * Writes the header and {@code rows} data rows. With {@code brokenEvery > 0}, rows number
     * brokenEvery, 2*brokenEvery, ... (1-based) have one defect each.
     */
    public static void write(Writer writer, long rows, long seed, int brokenEvery) throws IOException {
        if (rows > (long) BIRTH_DAYS * 1000) {
            throw new IllegalArgumentException("At most " + (long) BIRTH_DAYS * 1000 + " rows");
        }
        List<Agency> regional = new ArrayList<>();
        List<Agency> central = List.of(new Agency("BKN", null, true), new Agency("KEMENPAN-RB", null, true),
                new Agency("KEMENDAGRI", null, true), new Agency("BAWASLU", null, true));
        List<String> kabKota = new ArrayList<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("regions/regions.csv");
             CsvReader csv = CsvReader.utf8(in)) {
            csv.next();
            List<String> r;
            while ((r = csv.next()) != null) {
                String prefix = switch (r.get(2)) {
                    case "PROVINSI" -> "PROV-";
                    case "KABUPATEN" -> "KAB-";
                    default -> "KOTA-";
                };
                regional.add(new Agency(prefix + r.get(0), r.get(0), false));
                if (!"PROVINSI".equals(r.get(2))) {
                    kabKota.add(r.get(0));
                }
            }
        }
        long buckets = Math.max(1, (rows + 999) / 1000);
        Random random = new Random(seed);
        CsvWriter csv = new CsvWriter(writer);
        csv.row(EmployeeCsvFormat.HEADER);
        for (long i = 0; i < rows; i++) {
            long bucket = i % buckets;
            int serial = (int) (i / buckets);
            LocalDate birth = FIRST_BIRTH.plusDays((bucket * BUCKET_STRIDE) % BIRTH_DAYS);
            Agency agency = random.nextInt(100) < 4 ? central.get(random.nextInt(central.size()))
                    : regional.get(random.nextInt(regional.size()));
            String region = agency.central() ? kabKota.get(random.nextInt(kabKota.size())) : agency.region();
            List<String> row = employee(random, birth, serial, agency, region);
            if (brokenEvery > 0 && (i + 1) % brokenEvery == 0) {
                breakRow(row, (int) ((i + 1) / brokenEvery));
            }
            csv.row(row);
        }
        csv.flush();
    }

    private static List<String> employee(Random random, LocalDate birth, int serial, Agency agency, String region) {
        boolean female = random.nextBoolean();
        int kind = random.nextInt(100);
        String type = kind < 68 ? "PNS" : kind < 70 ? "CPNS" : "PPPK";
        String nip;
        String golongan;
        String pangkat = "";
        int adult = birth.getYear() + 19;
        if ("PPPK".equals(type)) {
            int year = Math.max(2019, adult) + random.nextInt(Math.max(1, 2026 - Math.max(2019, adult)));
            nip = birth.format(YMD) + year + "2" + (1 + random.nextInt(3)) + (female ? "2" : "1") + String.format("%03d", serial);
            golongan = PPPK_GOLONGAN[random.nextInt(PPPK_GOLONGAN.length)];
        } else {
            int year = "CPNS".equals(type) ? Math.max(2024, adult) : adult + random.nextInt(Math.max(1, Math.min(2025, adult + 30) - adult + 1));
            year = Math.min(year, 2025);
            int month = 1 + random.nextInt(12);
            nip = birth.format(YMD) + year + String.format("%02d", month) + (female ? "2" : "1") + String.format("%03d", serial);
            golongan = "CPNS".equals(type) ? (random.nextBoolean() ? "II/a" : "III/a")
                    : PNS_GOLONGAN[random.nextInt(PNS_GOLONGAN.length)];
            pangkat = random.nextBoolean() ? Golongan.pangkatOf(golongan).orElseThrow() : "";
        }
        String category;
        String[] position;
        int c = random.nextInt(1000);
        if (c < 450) {
            category = "FUNGSIONAL";
            position = FUNGSIONAL[random.nextInt(FUNGSIONAL.length)];
        } else if (c < 800) {
            category = "PELAKSANA";
            position = PELAKSANA[random.nextInt(PELAKSANA.length)];
        } else if (c < 880) {
            category = "PENGAWAS";
            position = PENGAWAS[random.nextInt(PENGAWAS.length)];
        } else if (c < 930 || agency.central()) {
            category = "ADMINISTRATOR";
            position = ADMINISTRATOR[random.nextInt(ADMINISTRATOR.length)];
        } else if (c < 975) {
            category = "KEPALA_WILAYAH";
            position = random.nextBoolean() ? new String[] {"Camat", "Kecamatan"} : new String[] {"Lurah", "Kelurahan"};
        } else {
            category = "JPT_PRATAMA";
            position = JPT_PRATAMA[random.nextInt(JPT_PRATAMA.length)];
        }
        int s = random.nextInt(1000);
        String status = s < 970 ? "AKTIF" : s < 980 ? "CUTI_DILUAR_TANGGUNGAN_NEGARA" : s < 995 ? "PENSIUN" : s < 998 ? "BERHENTI" : "MENINGGAL";
        String nik = "";
        if (random.nextInt(10) < 6) {
            String digits = region.replace(".", "");
            String kk = digits.length() == 2 ? digits + "01" : digits.substring(0, 4);
            int day = birth.getDayOfMonth() + (female ? 40 : 0);
            nik = kk + String.format("%02d", 1 + random.nextInt(20)) + String.format("%02d", day)
                    + String.format("%02d", birth.getMonthValue()) + String.format("%02d", birth.getYear() % 100)
                    + String.format("%04d", 1 + random.nextInt(9999));
        }
        String name = name(random, female, region);
        return new ArrayList<>(List.of(nip, name, type, golongan, pangkat, category, position[0], position[1],
                agency.code(), region, status, nik));
    }

    private static String name(Random random, boolean female, String region) {
        boolean sulawesi = region.startsWith("7");
        String first = female ? FEMALE_FIRST[random.nextInt(FEMALE_FIRST.length)] : MALE_FIRST[random.nextInt(MALE_FIRST.length)];
        if (sulawesi && random.nextInt(3) == 0) {
            String[] prefixes = female ? FEMALE_PREFIX_SULAWESI : MALE_PREFIX_SULAWESI;
            return prefixes[random.nextInt(prefixes.length)] + " " + first + " " + FAMILY[random.nextInt(FAMILY.length)];
        }
        return random.nextInt(4) == 0 ? first : first + " " + FAMILY[random.nextInt(FAMILY.length)];
    }

    /** Gives a row exactly one defect; the kind cycles with {@code n}. */
    private static void breakRow(List<String> row, int n) {
        String nip = row.get(0);
        switch (n % 10) {
            case 0 -> row.set(0, nip.substring(0, 4) + "0230" + nip.substring(8));          // 30 February
            case 1 -> row.set(0, nip.substring(0, 14) + "3" + nip.substring(15));           // sex digit 3
            case 2 -> row.set(3, "PPPK".equals(row.get(2)) ? "XX" : "V/a");                // golongan outside the list
            case 3 -> row.set(8, "KAB-99.99");                                              // unknown agency
            case 4 -> {                                                                     // type against the NIP layout
                boolean pppk = "PPPK".equals(row.get(2));
                row.set(2, pppk ? "PNS" : "PPPK");
                row.set(3, pppk ? "III/a" : "IX");
            }
            case 5 -> row.set(1, "");                                                       // missing name
            case 6 -> row.set(5, "MENTERI");                                                // not a jabatan category
            case 7 -> row.set(0, nip.substring(0, 17));                                     // 17 digits
            case 8 -> row.set(10, "HILANG");                                                // not a status
            default -> row.set(9, "99.99");                                                 // unknown region
        }
        if (n % 10 == 2 || n % 10 == 4) {
            row.set(4, "");
        }
    }
}
