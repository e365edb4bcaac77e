package id.netralitas.agency;

/** Level of government an agency belongs to. */
public enum AgencyType {
    /** Central government: ministries, agencies, state bodies. */
    PUSAT,
    /** Provincial government. */
    PROVINSI,
    /** Kabupaten or kota government. */
    KABUPATEN_KOTA
}
