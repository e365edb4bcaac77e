package id.netralitas.region;

/** The official lists bundled with the service below kabupaten/kota level. */
public enum RegionDataset {
    /** 7,285 kecamatan. */
    KECAMATAN("regions/kecamatan.csv"),
    /** 83,762 desa and kelurahan; needs the kecamatan first. */
    DESA("regions/desa.csv");

    private final String resource;

    RegionDataset(String resource) {
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
