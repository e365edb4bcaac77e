package id.netralitas.employee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades (golongan/ruang) with their ranks (pangkat): I/a .. IV/e for PNS and CPNS, each with a
 * standard pangkat; I .. XVII for PPPK, who have no pangkat. The PPPK upper bound is the commonly
 * used one (XVII); the legal sources leave it uncertain (src/main/resources/reference/README.md).
 */
public final class Golongan {

    private static final Map<String, String> PNS_PANGKAT = new LinkedHashMap<>();

    static {
        PNS_PANGKAT.put("I/a", "Juru Muda");
        PNS_PANGKAT.put("I/b", "Juru Muda Tingkat I");
        PNS_PANGKAT.put("I/c", "Juru");
        PNS_PANGKAT.put("I/d", "Juru Tingkat I");
        PNS_PANGKAT.put("II/a", "Pengatur Muda");
        PNS_PANGKAT.put("II/b", "Pengatur Muda Tingkat I");
        PNS_PANGKAT.put("II/c", "Pengatur");
        PNS_PANGKAT.put("II/d", "Pengatur Tingkat I");
        PNS_PANGKAT.put("III/a", "Penata Muda");
        PNS_PANGKAT.put("III/b", "Penata Muda Tingkat I");
        PNS_PANGKAT.put("III/c", "Penata");
        PNS_PANGKAT.put("III/d", "Penata Tingkat I");
        PNS_PANGKAT.put("IV/a", "Pembina");
        PNS_PANGKAT.put("IV/b", "Pembina Tingkat I");
        PNS_PANGKAT.put("IV/c", "Pembina Utama Muda");
        PNS_PANGKAT.put("IV/d", "Pembina Utama Madya");
        PNS_PANGKAT.put("IV/e", "Pembina Utama");
    }

    public static final List<String> PNS = List.copyOf(PNS_PANGKAT.keySet());
    public static final List<String> PPPK = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");

    private Golongan() {
    }

    public static List<String> allowedFor(EmployeeType type) {
        return type == EmployeeType.PPPK ? PPPK : PNS;
    }

    /** The standard pangkat of a PNS golongan; empty for PPPK grades and unknown values. */
    public static Optional<String> pangkatOf(String golongan) {
        return Optional.ofNullable(PNS_PANGKAT.get(golongan));
    }

    /**
     * The standard spelling of a pangkat for a golongan: accepts "Tk. I" and "Tingkat I" and any
     * letter case, so that the register stores one spelling.
     */
    static String normalizePangkat(String pangkat) {
        return pangkat.trim().replaceAll("\\s+", " ").replaceAll("(?i)\\bTk\\.?\\s", "Tingkat ");
    }
}
