package id.netralitas.testsupport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique test data: test classes share one database, so every test makes its own records. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 5000));
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    private TestData() {
    }

    /**
     * A valid, unused male PNS NIP: appointed 2020-03, born 1945-1964 (the synthetic register's
     * births start in 1966, so the two never collide).
     */
    public static String pnsNip() {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(n % 7000);
        return birth.format(YMD) + "202003" + "1" + String.format("%03d", n % 1000);
    }

    /** A valid, unused female PPPK NIP: appointed 2024 (intake 1), born 1945-1964. */
    public static String pppkNip() {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(n % 7000);
        return birth.format(YMD) + "2024" + "21" + "2" + String.format("%03d", n % 1000);
    }

    /** The NIK that agrees with a NIP (same birth date and sex), registered in Kendari. */
    public static String nikFor(String nip) {
        int day = Integer.parseInt(nip.substring(6, 8)) + (nip.charAt(14) == '2' ? 40 : 0);
        return "747101" + String.format("%02d", day) + nip.substring(4, 6) + nip.substring(2, 4) + "0001";
    }

    /** A complete, valid employee body for a PNS of the given agency and region. */
    public static Map<String, Object> employee(String nip, String agencyCode, String regionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("nip", nip);
        body.put("name", "Ahmad Fauzi " + nip.substring(12));
        body.put("employeeType", "PNS");
        body.put("golongan", "III/a");
        body.put("jabatanCategory", "FUNGSIONAL");
        body.put("jabatanName", "Analis Kebijakan Ahli Pertama");
        body.put("unitKerja", "Bagian Organisasi");
        body.put("agencyCode", agencyCode);
        body.put("regionCode", regionCode);
        return body;
    }
}
