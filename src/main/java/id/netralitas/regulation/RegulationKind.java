package id.netralitas.regulation;

/** The form of a legal instrument; the label is how citations abbreviate it ("PP 94/2021"). */
public enum RegulationKind {
    UU("UU"),
    PERPPU("Perppu"),
    PP("PP"),
    PERPRES("Perpres"),
    KEPPRES("Keppres"),
    PERMEN("Permen"),
    PERBAWASLU("Perbawaslu"),
    PKPU("PKPU"),
    PERATURAN_BKN("Peraturan BKN"),
    /** Joint decree (Keputusan Bersama / SKB) of several ministers and agency heads. */
    SKB("SKB"),
    /** Circular (Surat Edaran) of a minister, governor, regent or mayor. */
    SE("SE"),
    PERGUB("Pergub"),
    PERBUP("Perbup"),
    PERWALI("Perwali"),
    PERDA("Perda"),
    PUTUSAN_MK("Putusan MK"),
    LAINNYA("");

    private final String label;

    RegulationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
