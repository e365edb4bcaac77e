package id.netralitas.region;

/** Level of an administrative region in the Kemendagri hierarchy, with the code depth it has. */
public enum RegionLevel {
    PROVINSI(1),
    KABUPATEN(2),
    KOTA(2),
    KECAMATAN(3),
    KELURAHAN(4),
    DESA(4);

    private final int depth;

    RegionLevel(int depth) {
        this.depth = depth;
    }

    /** Number of segments of a code at this level: 1 for "74", 2 for "74.71", 4 for "74.71.01.1001". */
    public int depth() {
        return depth;
    }
}
