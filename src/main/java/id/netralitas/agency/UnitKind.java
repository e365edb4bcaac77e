package id.netralitas.agency;

/** What an agency's unit is: a work unit (OPD) or an office or service below one. */
public enum UnitKind {
    /** The regional secretariat (sekretariat daerah) or a ministry's secretariat. */
    SEKRETARIAT,
    /** A part of a secretariat (bagian). */
    BAGIAN,
    DINAS,
    BADAN,
    /** The inspectorate (inspektorat). */
    INSPEKTORAT,
    /** A sub-district office (kecamatan). */
    KECAMATAN,
    /** A kelurahan office. */
    KELURAHAN,
    /** A technical implementing unit (UPT, UPTD). */
    UPT,
    /** A school. */
    SEKOLAH,
    /** A community health centre. */
    PUSKESMAS,
    /** A regional hospital. */
    RUMAH_SAKIT,
    /** Any other unit. */
    LAINNYA
}
